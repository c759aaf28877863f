import { useSearchParams } from 'react-router';
import { isMonth, monthParam } from '../statement-model';

/** The month shown, kept in the URL (`?month=YYYY-MM`) so a statement can be linked to. */
export function useStatementMonth(): [string, (month: string) => void] {
  const [params, setParams] = useSearchParams();
  const month = monthParam(params, new Date());
  const setMonth = (next: string) => {
    if (!isMonth(next)) return;
    const search = new URLSearchParams(params);
    search.set('month', next);
    setParams(search, { replace: true });
  };
  return [month, setMonth];
}

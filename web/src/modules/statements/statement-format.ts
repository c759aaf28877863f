import { localDay } from './statement-model';

/** Yen, reward rates, days and months in one language (a BCP 47 tag). */
export function statementFormat(tag: string) {
  const yen = new Intl.NumberFormat(tag, { style: 'currency', currency: 'JPY' });
  const rate = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = new Intl.NumberFormat(tag);
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const month = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long' });
  return {
    yen: (value: number) => yen.format(value),
    /** 1.1 → "×1.10" */
    rate: (value: number) => `×${rate.format(value)}`,
    count: (value: number) => count.format(value),
    /** "YYYY-MM-DD" */
    day: (value: string) => day.format(localDay(value)),
    /** "YYYY-MM" */
    month: (value: string) => month.format(localDay(`${value}-01`)),
  };
}

export type StatementFormat = ReturnType<typeof statementFormat>;

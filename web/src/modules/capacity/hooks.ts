import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag, type UiLanguage } from '../../i18n/i18n';
import { vocabLabel } from '../partners/vocabulary';
import { monthStart } from './months';

/** Labels of capacity months ("Nov 2026", "2026年11月") and product lines in the current UI language. */
export function useCapacityLabels() {
  const { t, i18n } = useTranslation();
  const tag = languageTag(i18n.language as UiLanguage);
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short' });
    return {
      monthLabel: (month: string) => t('capacity.month', { month: format.format(monthStart(month)) }),
      productLineLabel: (code: string | null | undefined) =>
        code ? vocabLabel(t, 'productModule', code) : t('capacity.allLines'),
    };
  }, [t, tag]);
}

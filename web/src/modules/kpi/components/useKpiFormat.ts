import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag, type UiLanguage } from '../../../i18n/i18n';

/** Figures in the UI language: rates as percentages, means with one decimal, months by name. */
export function useKpiFormat() {
  const { i18n } = useTranslation();
  const tag = languageTag(i18n.language as UiLanguage);
  return useMemo(() => {
    const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
    const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    const month = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    return {
      rate: (value: number | null | undefined) => (value === null || value === undefined ? '—' : percent.format(value)),
      decimal: (value: number | null | undefined) =>
        value === null || value === undefined ? '—' : decimal.format(value),
      month: (yyyyMm: string) => month.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
    };
  }, [tag]);
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag, type UiLanguage } from '../../../i18n/i18n';

/** Date formatting in the current UI language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const tag = languageTag(i18n.language as UiLanguage);
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(tag);
    return {
      formatDateTime: (iso: string) => dateTime.format(new Date(iso)),
      formatDate: (iso: string) => date.format(new Date(iso)),
      formatNumber: (value: number) => number.format(value),
    };
  }, [tag]);
}

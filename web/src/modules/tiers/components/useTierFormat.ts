import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag, type UiLanguage } from '../../../i18n/i18n';
import { isAtMost, SHARES, type Component } from '../tier-model';

/** Component values and thresholds in the UI language: shares as percentages, the rest as numbers. */
export function useTierFormat() {
  const { t, i18n } = useTranslation();
  const tag = languageTag(i18n.language as UiLanguage);
  return useMemo(() => {
    const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    const value = (c: Component, v: number | null | undefined) =>
      v == null ? t('tiers.noValue') : SHARES.includes(c) ? percent.format(v) : number.format(v);
    return {
      value,
      /** "≥ 80 %", "≤ 0.5", or a dash when not required. */
      threshold: (c: Component, v: number | null | undefined) =>
        v == null ? t('tiers.notRequired') : `${isAtMost(c) ? '≤' : '≥'} ${value(c, v)}`,
      rate: (v: number) => `×${number.format(v)}`,
      number: (v: number) => number.format(v),
    };
  }, [t, tag]);
}

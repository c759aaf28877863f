import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag, type UiLanguage } from '../../../i18n/i18n';
import { statementFormat } from '../statement-format';

/** Statement figures in the current UI language. */
export function useStatementFormat() {
  const { i18n } = useTranslation();
  const tag = languageTag(i18n.language as UiLanguage);
  return useMemo(() => statementFormat(tag), [tag]);
}

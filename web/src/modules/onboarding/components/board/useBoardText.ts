import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTag, type UiLanguage } from '../../../../i18n/i18n';
import { dueText } from '../../board-model';

/** Dates (YYYY-MM-DD, shown as that calendar day), phase names and countdowns in the UI language. */
export function useBoardText() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(languageTag(language), { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      formatDay: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)),
      phaseName: (phase: { nameEn: string; nameJa: string }) => (language === 'ja' ? phase.nameJa : phase.nameEn),
      /** "due in 3 days", "due today", "2 days late". */
      countdown: (dueDate: string, today: string) => {
        const due = dueText(dueDate, today);
        if (due.kind === 'dueToday') return t('projectBoard.due.today');
        if (due.kind === 'dueIn')
          return due.days === 1 ? t('projectBoard.due.tomorrow') : t('projectBoard.due.inDays', { count: due.days });
        return due.days === 1 ? t('projectBoard.due.lateOne') : t('projectBoard.due.late', { count: due.days });
      },
    };
  }, [language, t]);
}

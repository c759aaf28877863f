/** Server texts of the KPI context, merged into the catalogs. */
export const kpiMessages = {
  en: {
    'field.toMonth': 'Last month',
    'field.measure': 'Figure',
    'validation.monthRange': 'The last month must not be before the first, and a period spans at most {0} months.',
  },
  ja: {
    'field.toMonth': '終了月',
    'field.measure': '指標',
    'validation.monthRange': '終了月は開始月以降にし、期間は最大{0}か月にしてください。',
  },
} as const;

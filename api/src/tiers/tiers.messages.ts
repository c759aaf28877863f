/** Server texts of the tiers context, merged into the catalogs. */
export const tiersMessages = {
  en: {
    'entity.tierReview': 'tier review',
    'error.tierReviewFinalized': 'This review is finalized: its decision can no longer change.',
    'field.periodFrom': 'Period start',
    'field.periodTo': 'Period end',
    'field.decision': 'Decision',
    'field.effectiveFrom': 'Effective from',
    'validation.periodOrder': 'The period must end on or after its start.',
    'validation.overrideNeeds': 'An override needs the tier (1–5) and a written reason.',
  },
  ja: {
    'entity.tierReview': 'ティア審査',
    'error.tierReviewFinalized': 'この審査は確定済みのため、判定を変更できません。',
    'field.periodFrom': '対象期間の開始日',
    'field.periodTo': '対象期間の終了日',
    'field.decision': '判定',
    'field.effectiveFrom': '適用開始日',
    'validation.periodOrder': '対象期間の終了日は開始日以降にしてください。',
    'validation.overrideNeeds': '変更する場合はティア（1〜5）と理由を入力してください。',
  },
} as const;

/** A phase's name in the UI language: Japanese in Japanese, English otherwise (the pseudo-locale included). */
export function phaseName(phase: { nameEn: string; nameJa: string }, language: string): string {
  return language === 'ja' ? phase.nameJa : phase.nameEn;
}

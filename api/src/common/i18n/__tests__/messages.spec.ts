import { CATALOGS, translate } from '../messages';

describe('server messages', () => {
  it('exist in both languages with the same placeholders', () => {
    expect(Object.keys(CATALOGS.ja).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(CATALOGS.en)) {
      expect([key, placeholders(CATALOGS.ja[key])]).toEqual([key, placeholders(CATALOGS.en[key])]);
    }
  });

  it('fill in parameters and fall back to the key when unknown', () => {
    expect(translate('en', 'error.tooManyAttempts', { minutes: 15 })).toBe(
      'Too many failed sign-in attempts. Please try again in 15 minutes.',
    );
    expect(translate('ja', 'no.such.key')).toBe('no.such.key');
  });
});

import i18next from 'i18next';
import { MESSAGES } from '../../../i18n/locales';
import { audienceLabel, productAreaLabel } from '../audience';

async function translator(lng: 'en' | 'ja') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { en: { translation: MESSAGES.en }, ja: { translation: MESSAGES.ja } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('announcement audience', () => {
  it('says "All partners" for an empty audience and lists tiers in order otherwise', async () => {
    const t = await translator('en');
    expect(audienceLabel(t, [])).toBe('All partners');
    expect(audienceLabel(t, [4, 3])).toBe('Tier 3, 4');
    expect(audienceLabel(t, [1])).toBe('Tier 1');
  });

  it('uses the Japanese separator and the partners vocabulary for product areas', async () => {
    const t = await translator('ja');
    expect(audienceLabel(t, [])).toBe('全パートナー');
    expect(audienceLabel(t, [2, 5])).toBe('ティア 2、5');
    expect(productAreaLabel(t, 'PAYROLL')).toBe(MESSAGES.ja.vocab.productModule.PAYROLL);
    expect(productAreaLabel(t, 'UNKNOWN_AREA')).toBe('UNKNOWN_AREA');
  });
});

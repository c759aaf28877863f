import { MESSAGES } from '../../../i18n/locales';
import { VOCABULARIES, type Vocabulary } from '../vocabulary';

const { en, ja } = MESSAGES;

type Catalog = { vocab: Record<Vocabulary, Record<string, string>> };

describe('strength vocabularies', () => {
  it.each([
    ['ja', ja as unknown as Catalog],
    ['en', en as unknown as Catalog],
  ])('every code has a %s label', (_, catalog) => {
    const missing = (Object.keys(VOCABULARIES) as Vocabulary[]).flatMap((vocabulary) =>
      VOCABULARIES[vocabulary].filter((code) => !catalog.vocab[vocabulary]?.[code]).map((c) => `${vocabulary}.${c}`),
    );
    expect(missing).toEqual([]);
  });

  it('names the 47 prefectures in ISO order', () => {
    expect(VOCABULARIES.region).toHaveLength(47);
    expect(ja.vocab.region['JP-01']).toBe('北海道');
    expect(ja.vocab.region['JP-13']).toBe('東京都');
    expect(ja.vocab.region['JP-47']).toBe('沖縄県');
    expect(en.vocab.region['JP-01']).toBe('Hokkaido');
    expect(en.vocab.region['JP-47']).toBe('Okinawa');
  });
});

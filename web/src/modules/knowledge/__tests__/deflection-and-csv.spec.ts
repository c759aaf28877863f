import { articleCsvRows } from '../article-csv';
import { periodRange } from '../deflection';

describe('deflection period', () => {
  it('covers the last N days up to today, both included', () => {
    expect(periodRange(7, new Date('2026-03-10T23:30:00Z'))).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    expect(periodRange(1, new Date('2026-03-01T00:00:00Z'))).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });
});

describe('article CSV', () => {
  it('has a translated header and one plain-text row per article', () => {
    const t = (key: string) => `[${key}]`;
    const rows = articleCsvRows(
      [
        {
          id: 'a1',
          kind: 'FAQ',
          status: 'PUBLISHED',
          titleJa: '題',
          titleEn: 'Title',
          bodyJa: '**太字**',
          bodyEn: '- item',
          tags: ['x', 'y'],
          productArea: 'HR',
          publishedAt: '2026-03-01T00:00:00Z',
          updatedAt: '2026-03-02T00:00:00Z',
          updatedByEmail: null,
        },
      ],
      t,
    );
    expect(rows[0][0]).toBe('[knowledge.csv.id]');
    expect(rows[1]).toEqual([
      'a1',
      '題',
      'Title',
      '[knowledge.kind.FAQ]',
      '[vocab.productModule.HR]',
      '[knowledge.status.PUBLISHED]',
      'x y',
      '2026-03-01T00:00:00Z',
      '2026-03-02T00:00:00Z',
      '',
      '太字',
      'item',
    ]);
  });
});

import { articleLanguage, highlightParts, localized, plainText, snippet } from '../article-text';

const article = { titleJa: '年末調整の手順', titleEn: 'Year-end adjustment', bodyJa: '本文', bodyEn: 'Body' };

describe('article text', () => {
  it('picks the reader’s language, Japanese by default, and falls back when a draft lacks it', () => {
    expect(articleLanguage('en-US')).toBe('en');
    expect(articleLanguage(undefined)).toBe('ja');
    expect(localized(article, 'ja')).toEqual({ title: '年末調整の手順', body: '本文' });
    expect(localized(article, 'en')).toEqual({ title: 'Year-end adjustment', body: 'Body' });
    expect(localized({ ...article, titleEn: ' ', bodyEn: '' }, 'en')).toEqual({
      title: '年末調整の手順',
      body: '本文',
    });
  });

  it('turns Markdown into one line of plain text', () => {
    expect(plainText('# Steps\n\n1. Open **Payroll**\n- see [the guide](https://x.example)\n`code`')).toBe(
      'Steps Open Payroll see the guide code',
    );
  });

  it('cuts a snippet around the first word of the search, with ellipses', () => {
    const body = `${'前置き。'.repeat(30)}源泉徴収票を比較します。${'後書き。'.repeat(30)}`;
    const s = snippet(body, '源泉徴収票', 40);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('源泉徴収票');
    expect(snippet('Short body.', 'x')).toBe('Short body.');
    expect(snippet('a'.repeat(200), 'zzz', 50)).toBe(`${'a'.repeat(50)}…`);
  });

  it('marks the words of the search, case-insensitively, in both languages', () => {
    expect(highlightParts('Import the CSV of 従業員', 'csv 従業員')).toEqual([
      { text: 'Import the ', match: false },
      { text: 'CSV', match: true },
      { text: ' of ', match: false },
      { text: '従業員', match: true },
    ]);
    expect(highlightParts('No search', '')).toEqual([{ text: 'No search', match: false }]);
  });
});

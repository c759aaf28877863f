import { MAX_SEARCH_TERMS, searchTerms } from '../search-terms';

describe('searchTerms', () => {
  it('splits English at spaces and punctuation, lower-cased, without common words', () => {
    expect(searchTerms('How to fix the CSV import? (Payroll)')).toEqual(['fix', 'csv', 'import', 'payroll']);
  });

  it('splits a Japanese sentence at its hiragana and punctuation', () => {
    expect(searchTerms('年末調整の計算が合わない。給与明細')).toEqual(['年末調整', '計算', '給与明細']);
  });

  it('keeps katakana words and the ideographic space as a separator', () => {
    expect(searchTerms('インポート\u3000エラー')).toEqual(['インポート', 'エラー']);
  });

  it('keeps a word written only in hiragana', () => {
    expect(searchTerms('ふりがな')).toEqual(['ふりがな']);
  });

  it('drops one-character pieces and duplicates, and keeps short product names', () => {
    expect(searchTerms('HR 人事 が 人事 x')).toEqual(['hr', '人事']);
  });

  it('answers nothing for blank text and caps the number of terms', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('aa bb cc dd ee ff gg hh ii jj')).toHaveLength(MAX_SEARCH_TERMS);
  });
});

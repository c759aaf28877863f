import { articleFormErrors, EMPTY_ARTICLE_FORM, normalizeTags, toArticleInput } from '../article-form';

const complete = {
  ...EMPTY_ARTICLE_FORM,
  kind: 'FAQ' as const,
  productArea: 'PAYROLL',
  titleJa: ' 題 ',
  titleEn: 'Title',
  bodyJa: '本文',
  bodyEn: 'Body',
  tags: [' 年末調整 ', '年末調整', ''],
};

describe('article form', () => {
  it('a draft needs kind, product area and a title in one language', () => {
    expect(articleFormErrors(EMPTY_ARTICLE_FORM, false)).toEqual({
      kind: 'validation.required',
      productArea: 'validation.required',
      titleJa: 'knowledge.editor.titleInOneLanguage',
    });
    expect(articleFormErrors({ ...complete, titleJa: '', bodyEn: '' }, false)).toEqual({});
  });

  it('publishing needs both titles and both bodies', () => {
    expect(articleFormErrors({ ...complete, titleEn: ' ', bodyJa: '' }, true)).toEqual({
      titleEn: 'knowledge.editor.requiredToPublish',
      bodyJa: 'knowledge.editor.requiredToPublish',
    });
    expect(articleFormErrors(complete, true)).toEqual({});
  });

  it('refuses more than ten tags and sends trimmed values with each tag once', () => {
    const many = { ...complete, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) };
    expect(articleFormErrors(many, false).tags).toBe('knowledge.editor.tooManyTags');
    expect(normalizeTags([' a ', 'a', ' '])).toEqual(['a']);
    expect(toArticleInput(complete)).toEqual({
      kind: 'FAQ',
      productArea: 'PAYROLL',
      tags: ['年末調整'],
      titleJa: '題',
      titleEn: 'Title',
      bodyJa: '本文',
      bodyEn: 'Body',
    });
  });
});

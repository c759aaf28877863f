import { PRODUCT_MODULES, searchTerms } from '@baton/shared';
import { missingForPublishing } from '../../knowledge/articles.service';
import { DEMO_ARTICLES } from '../demo-knowledge';

describe('demo knowledge base', () => {
  it('uses the product modules, and publishes only articles complete in both languages', () => {
    for (const a of DEMO_ARTICLES) {
      expect(PRODUCT_MODULES).toContain(a.productArea);
      if (a.publishedDaysAgo !== null) expect(missingForPublishing(a)).toEqual([]);
    }
    expect(DEMO_ARTICLES.filter((a) => a.publishedDaysAgo !== null).length).toBeGreaterThanOrEqual(6);
  });

  it('has an article a typical escalation subject finds', () => {
    const subject = searchTerms('年末調整の計算が合わない');
    expect(DEMO_ARTICLES.some((a) => subject.some((term) => a.titleJa.includes(term)))).toBe(true);
  });
});

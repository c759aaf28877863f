import type { EntityManager } from 'typeorm';
import { Article, ArticleKind, ArticleStatus } from '../knowledge/article.entity';
import { EscalationDraft, EscalationDraftOutcome } from '../knowledge/escalation-draft.entity';
import { OnboardingProject } from '../onboarding/onboarding-project.entity';
import { DEMO_ABANDONED_DRAFTS, DEMO_ARTICLES } from './demo-knowledge';

const DAY_MS = 24 * 60 * 60 * 1000;
const AUTHOR = 'staff@baton.example';

/**
 * The knowledge base of the demo (seven published articles, one draft) and a few raise forms
 * partner users left, some after reading an article, so the inbox shows deflection figures.
 */
export async function seedDemoKnowledge(m: EntityManager, now: Date): Promise<{ articles: number; drafts: number }> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const articles = await m.getRepository(Article).save(
    DEMO_ARTICLES.map(({ publishedDaysAgo, kind, ...a }) =>
      m.getRepository(Article).create({
        ...a,
        kind: kind as ArticleKind,
        status: publishedDaysAgo === null ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED,
        publishedAt: publishedDaysAgo === null ? null : ago(publishedDaysAgo),
        updatedAt: ago(publishedDaysAgo ?? 1),
        updatedByEmail: AUTHOR,
      }),
    ),
  );
  const published = articles.filter((a) => a.status === ArticleStatus.PUBLISHED);
  const projects = await m.getRepository(OnboardingProject).find({ order: { startDate: 'ASC' }, take: 5 });
  if (projects.length === 0) return { articles: articles.length, drafts: 0 };
  await m.getRepository(EscalationDraft).insert(
    DEMO_ABANDONED_DRAFTS.map(([daysAgo, opened], i) => {
      const project = projects[i % projects.length];
      const startedAt = ago(daysAgo);
      const read = published.slice(i, i + opened).map((a) => a.id);
      return {
        partnerId: project.partnerId,
        projectId: project.id,
        startedByEmail: null,
        startedAt,
        lastActivityAt: startedAt,
        firstArticleOpenedAt: opened ? startedAt : null,
        articlesOpened: opened,
        openedArticleIds: read,
        outcome: EscalationDraftOutcome.ABANDONED,
        closedAt: startedAt,
      };
    }),
  );
  return { articles: articles.length, drafts: DEMO_ABANDONED_DRAFTS.length };
}

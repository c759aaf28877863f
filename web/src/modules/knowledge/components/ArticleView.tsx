import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../announcements/components/Markdown';
import type { ArticleFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { articleLanguage, localized, type ArticleLanguage } from '../article-text';
import { ArticleMeta } from './ArticleBadges';

interface Props {
  article: Pick<
    ArticleFieldsFragment,
    'kind' | 'productArea' | 'titleJa' | 'titleEn' | 'bodyJa' | 'bodyEn' | 'tags' | 'publishedAt' | 'updatedAt'
  >;
  /** The reader's language unless given (the editor previews both). */
  lang?: ArticleLanguage;
  /** Heading level of the title. */
  order?: 2 | 3 | 4;
}

/** One article in one language: kind, product area, title, Markdown body, tags and dates. */
export function ArticleView({ article, lang, order = 2 }: Props) {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormatters();
  const { title, body } = localized(article, lang ?? articleLanguage(i18n.language));
  return (
    <Stack gap="sm" data-testid="article-view">
      <ArticleMeta kind={article.kind} productArea={article.productArea} />
      <Title order={order} data-testid="article-title" data-article-text>
        {title}
      </Title>
      <div data-article-text>
        <Markdown source={body} testId="article-body" />
      </div>
      <Group gap="md">
        {article.tags.length ? (
          <Text size="xs" c="dimmed">
            {t('knowledge.article.tags')}:{' '}
            <span data-article-text>{article.tags.map((tag) => `#${tag}`).join(' ')}</span>
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {article.publishedAt
            ? t('knowledge.article.published', { date: formatDate(article.publishedAt) })
            : t('knowledge.article.updated', { date: formatDate(article.updatedAt) })}
        </Text>
      </Group>
    </Stack>
  );
}

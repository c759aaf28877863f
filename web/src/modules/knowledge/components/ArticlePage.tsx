import { Anchor, Paper, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ArticleQuery } from '../graphql/knowledge';
import { ArticleView } from './ArticleView';

/** One published article, in the reader's language. */
export default function ArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ArticleQuery, { variables: { id } });
  return (
    <div data-testid="article-page">
      <Anchor component={Link} to="/partner/knowledge" size="sm" mb="md" display="inline-flex" style={{ gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('knowledge.article.back')}
      </Anchor>
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md" p="lg">
        {loading && !data ? (
          <Skeleton height={120} aria-label={t('list.loading')} />
        ) : data?.article ? (
          <ArticleView article={data.article} />
        ) : (
          <Text c="dimmed" data-testid="article-not-found">
            {t('knowledge.article.notFound')}
          </Text>
        )}
      </Paper>
    </div>
  );
}

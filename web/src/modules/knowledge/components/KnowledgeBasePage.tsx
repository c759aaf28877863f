import { Paper, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { useUrlListState } from '../../common/hooks/useUrlListState';
import { articleListCodec } from '../article-list-query';
import { ArticlesQuery } from '../graphql/knowledge';
import { ArticleFilters } from './ArticleFilters';
import { ArticleResultList } from './ArticleResultList';

/** The partner portal's knowledge base: search in either language, filters, results with snippets. */
export default function KnowledgeBasePage() {
  const { t } = useTranslation();
  const list = useUrlListState(articleListCodec);
  const { query } = list;
  const { data, previousData, loading, error } = useQuery(ArticlesQuery, {
    variables: { ...list.filter, status: null, skip: list.skip, take: query.take },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.articles;

  return (
    <div data-testid="knowledge-base">
      <PageHeader title={t('knowledge.title')} />
      <Text size="sm" c="dimmed" mt={-8} mb="md">
        {t('knowledge.partnerIntro')}
      </Text>
      <ArticleFilters
        query={query}
        searchInput={list.searchInput}
        onSearch={list.setSearchInput}
        onChange={list.changeFilter}
        filtered={list.filtered}
        onReset={list.reset}
      />
      {error ? <ErrorAlert error={error} /> : null}
      {page ? (
        <Text size="sm" c="dimmed" mb="xs" data-testid="article-count">
          {t('knowledge.search.results', { count: page.totalItems })}
        </Text>
      ) : null}
      {page && page.totalItems === 0 && !loading ? (
        <Paper withBorder radius="md" p="lg">
          <Text c="dimmed" ta="center" data-testid="empty-state">
            {t(list.filtered ? 'knowledge.search.empty' : 'knowledge.search.emptyAll')}
          </Text>
        </Paper>
      ) : (
        <ArticleResultList rows={page?.items ?? []} search={query.search} base="/partner/knowledge" />
      )}
      <ListFooter page={query.page} pageSize={query.take} total={page?.totalItems ?? 0} onPage={list.setPage} />
    </div>
  );
}

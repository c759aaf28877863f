import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { useUrlListState } from '../../common/hooks/useUrlListState';
import { notifyError, notifySuccess } from '../../common/notify';
import { articleListCodec, PAGE_SIZES, type ArticleColumn } from '../article-list-query';
import { ArticlesQuery } from '../graphql/knowledge';
import { ArticleEditorModal } from './ArticleEditorModal';
import { ArticleFilters } from './ArticleFilters';
import { ArticleTable } from './ArticleTable';
import { useArticlesCsv } from './useArticlesCsv';

/** "new": the editor of a new article. */
type Editing = ArticleFieldsFragment | 'new' | null;

/** The console's knowledge base: every article with filters, sort, pages and CSV; the editor in a modal. */
export default function KnowledgeAdminPage() {
  const { t } = useTranslation();
  const list = useUrlListState(articleListCodec);
  const { query } = list;
  const [editing, setEditing] = useState<Editing>(null);
  const { exportCsv, exporting } = useArticlesCsv();
  const { data, previousData, loading, error } = useQuery(ArticlesQuery, {
    variables: { ...list.filter, skip: list.skip, take: query.take },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.articles;

  async function onExport() {
    try {
      notifySuccess(t('knowledge.notify.exported', { count: await exportCsv(list.filter) }));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  return (
    <div data-testid="knowledge-admin">
      <PageHeader
        title={t('knowledge.title')}
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
            data-testid="article-new"
          >
            {t('knowledge.newArticle')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" mt={-8} mb="md">
        {t('knowledge.intro')}
      </Text>
      <ArticleFilters
        query={query}
        searchInput={list.searchInput}
        onSearch={list.setSearchInput}
        onChange={list.changeFilter}
        filtered={list.filtered}
        onReset={list.reset}
        withStatus
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exporting}
            disabled={!page || page.totalItems === 0}
            onClick={() => void onExport()}
            data-testid="knowledge-csv"
          >
            {t('knowledge.exportCsv')}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md">
        <ArticleTable
          rows={page?.items ?? []}
          loading={loading && !page}
          filtered={list.filtered}
          directionOf={(column: ArticleColumn) => (query.sorted || !query.search ? list.directionOf(column) : null)}
          onSort={(column) => list.changeFilter({ sorted: true, sort: nextSort(query, column) })}
          onOpen={setEditing}
        />
      </Paper>
      <ListFooter page={query.page} pageSize={query.take} total={page?.totalItems ?? 0} onPage={list.setPage} />
      <Group justify="flex-end" mt="xs">
        <Select
          label={t('knowledge.pageSize')}
          data={PAGE_SIZES.map(String)}
          value={String(query.take)}
          onChange={(value) => value && list.changeFilter({ take: Number(value) })}
          allowDeselect={false}
          w={120}
          size="xs"
        />
      </Group>
      {editing ? (
        <ArticleEditorModal article={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}

/** A click on the sorted column flips it; on another column sorts it ascending. */
function nextSort(query: { sort: { field: ArticleColumn; direction: 'ASC' | 'DESC' } }, column: ArticleColumn) {
  const flip = query.sort.field === column && query.sort.direction === 'ASC';
  return { field: column, direction: flip ? ('DESC' as const) : ('ASC' as const) };
}

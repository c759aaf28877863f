import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsFragment } from '../../../gql/graphql';
import { EmptyRows } from '../../common/components/EmptyRows';
import { SortableTh } from '../../common/components/SortableTh';
import { useFormatters } from '../../common/hooks/useFormatters';
import type { SortDirection } from '../../../gql/graphql';
import type { ArticleColumn } from '../article-list-query';
import { articleLanguage, localized } from '../article-text';
import { ArticleKindBadge, ArticleStatusBadge, ProductBadge } from './ArticleBadges';

interface Props {
  rows: readonly ArticleFieldsFragment[];
  loading: boolean;
  filtered: boolean;
  directionOf: (column: ArticleColumn) => SortDirection | null;
  onSort: (column: ArticleColumn) => void;
  onOpen: (article: ArticleFieldsFragment) => void;
}

const COLUMNS: { column: ArticleColumn; label: string }[] = [
  { column: 'TITLE', label: 'knowledge.table.title' },
  { column: 'KIND', label: 'knowledge.table.kind' },
  { column: 'PRODUCT_AREA', label: 'knowledge.table.product' },
  { column: 'STATUS', label: 'knowledge.table.status' },
  { column: 'UPDATED_AT', label: 'knowledge.table.updated' },
  { column: 'PUBLISHED_AT', label: 'knowledge.table.published' },
];

/** The console's articles; a title opens the editor. */
export function ArticleTable({ rows, loading, filtered, directionOf, onSort, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const { formatDateTime } = useFormatters();
  const lang = articleLanguage(i18n.language);
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="article-table" aria-busy={loading}>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map(({ column, label }) => (
              <SortableTh key={column} direction={directionOf(column)} onSort={() => onSort(column)}>
                {t(label)}
              </SortableTh>
            ))}
            <Table.Th>{t('knowledge.table.tags')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && !loading ? (
            <EmptyRows colSpan={7} message={t(filtered ? 'knowledge.table.emptyFiltered' : 'knowledge.table.empty')} />
          ) : null}
          {rows.map((a) => (
            <Table.Tr key={a.id} data-testid="article-row" data-id={a.id}>
              <Table.Td maw={360}>
                <UnstyledButton onClick={() => onOpen(a)} data-testid="article-open">
                  <Text fw={600} size="sm" c="blue" lineClamp={2} data-article-text>
                    {localized(a, lang).title || t('knowledge.table.untitled')}
                  </Text>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <ArticleKindBadge kind={a.kind} />
              </Table.Td>
              <Table.Td>
                <ProductBadge code={a.productArea} />
              </Table.Td>
              <Table.Td>
                <ArticleStatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(a.updatedAt)}</Text>
                <Text size="xs" c="dimmed" data-article-text>
                  {a.updatedByEmail ?? t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.publishedAt ? formatDateTime(a.publishedAt) : t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} data-article-text>
                  {a.tags.map((tag) => (
                    <Text key={tag} size="xs" c="dimmed" span>
                      #{tag}
                    </Text>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { vocabOptions } from '../../partners/vocabulary';
import { ARTICLE_KINDS } from '../article-form';
import { ARTICLE_STATUSES, type ArticleListQuery } from '../article-list-query';
import { ArticleTagsQuery } from '../graphql/knowledge';

interface Props {
  query: Pick<ArticleListQuery, 'status' | 'kind' | 'product' | 'tag'>;
  searchInput: string;
  onSearch: (value: string) => void;
  onChange: (patch: Partial<ArticleListQuery>) => void;
  filtered: boolean;
  onReset: () => void;
  /** The console filters by status too; partners see published articles only. */
  withStatus?: boolean;
  actions?: ReactNode;
}

/** Search, kind, product area, tag (and status in the console) above a list of articles. */
export function ArticleFilters({
  query,
  searchInput,
  onSearch,
  onChange,
  filtered,
  onReset,
  withStatus,
  actions,
}: Props) {
  const { t } = useTranslation();
  const { data: tags } = useQuery(ArticleTagsQuery, { fetchPolicy: 'cache-and-network' });
  const common = {
    placeholder: t('knowledge.filters.any'),
    nothingFoundMessage: t('knowledge.filters.nothingFound'),
    comboboxProps: { withinPortal: true },
    clearable: true,
  };
  return (
    <Group align="end" gap="md" mb="md" wrap="wrap" role="search" aria-label={t('knowledge.filters.label')}>
      <TextInput
        label={t('knowledge.filters.search')}
        placeholder={t('knowledge.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={searchInput}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={260}
        data-testid="knowledge-search"
      />
      {withStatus ? (
        <Select
          label={t('knowledge.filters.status')}
          data={ARTICLE_STATUSES.map((value) => ({ value, label: t(`knowledge.status.${value}`) }))}
          value={query.status}
          onChange={(value) => onChange({ status: value as ArticleListQuery['status'] })}
          w={150}
          {...common}
          data-testid="knowledge-filter-status"
        />
      ) : null}
      <Select
        label={t('knowledge.filters.kind')}
        data={ARTICLE_KINDS.map((value) => ({ value, label: t(`knowledge.kind.${value}`) }))}
        value={query.kind}
        onChange={(value) => onChange({ kind: value as ArticleListQuery['kind'] })}
        w={160}
        {...common}
        data-testid="knowledge-filter-kind"
      />
      <Select
        label={t('knowledge.filters.product')}
        data={vocabOptions(t, 'productModule')}
        value={query.product}
        onChange={(value) => onChange({ product: value })}
        searchable
        w={170}
        {...common}
        data-testid="knowledge-filter-product"
      />
      <Select
        label={t('knowledge.filters.tag')}
        data={tags?.articleTags ?? []}
        value={query.tag}
        onChange={(value) => onChange({ tag: value })}
        searchable
        w={170}
        {...common}
        data-testid="knowledge-filter-tag"
      />
      {filtered ? (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onReset}>
          {t('knowledge.filters.reset')}
        </Button>
      ) : null}
      {actions ? <Group ml="auto">{actions}</Group> : null}
    </Group>
  );
}

import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerKind, PartnerStatus } from '../../../gql/graphql';
import type { DirectoryQuery } from '../directory-query';
import type { DirectoryFilterPatch } from '../hooks/usePartnerDirectory';
import { PARTNER_KINDS, PARTNER_STATUSES, PARTNER_TIERS, vocabOptions, type Vocabulary } from '../vocabulary';

interface Props {
  query: DirectoryQuery;
  searchInput: string;
  onSearch: (value: string) => void;
  onChange: (patch: DirectoryFilterPatch) => void;
  filtered: boolean;
  onReset: () => void;
}

const SINGLE: { key: 'region' | 'industry' | 'productModule' | 'language'; vocabulary: Vocabulary; testId: string }[] =
  [
    { key: 'productModule', vocabulary: 'productModule', testId: 'partners-filter-module' },
    { key: 'industry', vocabulary: 'industry', testId: 'partners-filter-industry' },
    { key: 'region', vocabulary: 'region', testId: 'partners-filter-region' },
    { key: 'language', vocabulary: 'language', testId: 'partners-filter-language' },
  ];

/** The filter bar; rendered again when the filters change, not when a page of rows arrives. */
export const PartnersFilters = memo(function PartnersFilters({
  query,
  searchInput,
  onSearch,
  onChange,
  filtered,
  onReset,
}: Props) {
  const { t } = useTranslation();
  const common = { nothingFoundMessage: t('partners.filters.nothingFound'), comboboxProps: { withinPortal: true } };
  return (
    <Group align="end" gap="md" mb="md" wrap="wrap" role="search" data-testid="partners-filters">
      <TextInput
        label={t('partners.filters.search')}
        placeholder={t('partners.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={searchInput}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={240}
        data-testid="partners-filter-search"
      />
      <MultiSelect
        label={t('partners.filters.kinds')}
        placeholder={query.kinds.length ? undefined : t('partners.filters.any')}
        data={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`enums.PartnerKind.${kind}`) }))}
        value={query.kinds}
        onChange={(value) => onChange({ kinds: value as PartnerKind[] })}
        clearable
        w={260}
        {...common}
        data-testid="partners-filter-kinds"
      />
      <MultiSelect
        label={t('partners.filters.statuses')}
        placeholder={query.statuses.length ? undefined : t('partners.filters.any')}
        data={PARTNER_STATUSES.map((status) => ({ value: status, label: t(`enums.PartnerStatus.${status}`) }))}
        value={query.statuses}
        onChange={(value) => onChange({ statuses: value as PartnerStatus[] })}
        clearable
        w={220}
        {...common}
        data-testid="partners-filter-statuses"
      />
      <MultiSelect
        label={t('partners.filters.tiers')}
        placeholder={query.tiers.length ? undefined : t('partners.filters.any')}
        data={PARTNER_TIERS.map((tier) => ({ value: String(tier), label: t('partners.tierValue', { tier }) }))}
        value={query.tiers.map(String)}
        onChange={(value) => onChange({ tiers: value.map(Number) })}
        clearable
        w={180}
        {...common}
        data-testid="partners-filter-tiers"
      />
      {SINGLE.map(({ key, vocabulary, testId }) => (
        <Select
          key={key}
          label={t(`partners.filters.${key}`)}
          placeholder={t('partners.filters.any')}
          data={vocabOptions(t, vocabulary)}
          value={query[key]}
          onChange={(value) => onChange({ [key]: value })}
          searchable
          clearable
          w={180}
          {...common}
          data-testid={testId}
        />
      ))}
      {filtered ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onReset}
          data-testid="partners-filter-reset"
        >
          {t('partners.resetFilters')}
        </Button>
      ) : null}
    </Group>
  );
});

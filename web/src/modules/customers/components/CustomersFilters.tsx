import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vocabOptions, type Vocabulary } from '../../partners/vocabulary';
import type { CustomerFilterPatch } from '../hooks/useCustomerList';
import { isRangeInverted, type CustomerListQuery } from '../list-query';
import { segmentOptions } from '../vocabulary';

interface Props {
  query: CustomerListQuery;
  searchInput: string;
  onSearch: (value: string) => void;
  onChange: (patch: CustomerFilterPatch) => void;
  filtered: boolean;
  onReset: () => void;
}

type CodeFilter = 'industry' | 'prefecture' | 'employeeBand' | 'product';

const CODE_FILTERS: { key: CodeFilter; vocabulary: Vocabulary; testId: string; width: number }[] = [
  { key: 'industry', vocabulary: 'industry', testId: 'customers-filter-industry', width: 200 },
  { key: 'prefecture', vocabulary: 'region', testId: 'customers-filter-prefecture', width: 160 },
  { key: 'employeeBand', vocabulary: 'sizeBand', testId: 'customers-filter-band', width: 180 },
  { key: 'product', vocabulary: 'productModule', testId: 'customers-filter-product', width: 170 },
];

/** Search, code filters and the contract-date range above the customer list. */
export function CustomersFilters({ query, searchInput, onSearch, onChange, filtered, onReset }: Props) {
  const { t } = useTranslation();
  const common = { nothingFoundMessage: t('customers.filters.nothingFound'), comboboxProps: { withinPortal: true } };
  const inverted = isRangeInverted(query);
  return (
    <Group align="start" gap="md" mb="md" wrap="wrap" role="search" data-testid="customers-filters">
      <TextInput
        label={t('customers.filters.search')}
        placeholder={t('customers.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={searchInput}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={240}
        data-testid="customers-search"
      />
      {CODE_FILTERS.map(({ key, vocabulary, testId, width }) => (
        <Select
          key={key}
          label={t(`customers.filters.${key}`)}
          placeholder={t('customers.filters.any')}
          data={vocabOptions(t, vocabulary)}
          value={query[key]}
          onChange={(value) => onChange({ [key]: value })}
          searchable
          clearable
          w={width}
          {...common}
          data-testid={testId}
        />
      ))}
      <Select
        label={t('customers.filters.segment')}
        placeholder={t('customers.filters.any')}
        data={segmentOptions(t)}
        value={query.segment}
        onChange={(value) => onChange({ segment: value })}
        clearable
        w={170}
        {...common}
        data-testid="customers-filter-segment"
      />
      <TextInput
        type="date"
        label={t('customers.filters.contractFrom')}
        value={query.contractFrom ?? ''}
        onChange={(e) => onChange({ contractFrom: e.currentTarget.value || null })}
        w={170}
        data-testid="customers-filter-from"
      />
      <TextInput
        type="date"
        label={t('customers.filters.contractTo')}
        value={query.contractTo ?? ''}
        onChange={(e) => onChange({ contractTo: e.currentTarget.value || null })}
        error={inverted ? t('customers.filters.rangeInverted') : undefined}
        w={170}
        data-testid="customers-filter-to"
      />
      {filtered ? (
        <Button
          variant="subtle"
          mt={25}
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onReset}
          data-testid="customers-filter-reset"
        >
          {t('customers.filters.reset')}
        </Button>
      ) : null}
    </Group>
  );
}

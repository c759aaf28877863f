import { useQuery } from '@apollo/client/react';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KpiPartnerOptionsQuery } from '../graphql/kpi';

interface Props {
  fromMonth: string;
  toMonth: string;
  partnerId: string | null;
  /** The console filters by firm; a firm's scorecard is its own. */
  withPartner: boolean;
  onChange: (patch: { fromMonth?: string; toMonth?: string; partnerId?: string | null }) => void;
}

/** The period (first and last month) and, on the console, one firm. */
export function KpiFilters({ fromMonth, toMonth, partnerId, withPartner, onChange }: Props) {
  const { t } = useTranslation();
  const options = useQuery(KpiPartnerOptionsQuery, { skip: !withPartner });
  const partners = (options.data?.partners.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Group align="end" gap="md" mb="md" wrap="wrap" role="search" data-testid="kpi-filters">
      <TextInput
        type="month"
        label={t('kpi.filters.from')}
        value={fromMonth}
        max={toMonth}
        onChange={(e) => e.currentTarget.value && onChange({ fromMonth: e.currentTarget.value })}
        data-testid="kpi-filter-from"
      />
      <TextInput
        type="month"
        label={t('kpi.filters.to')}
        value={toMonth}
        min={fromMonth}
        onChange={(e) => e.currentTarget.value && onChange({ toMonth: e.currentTarget.value })}
        data-testid="kpi-filter-to"
      />
      {withPartner && (
        <Select
          label={t('kpi.filters.partner')}
          placeholder={t('kpi.filters.allPartners')}
          data={partners}
          value={partnerId}
          onChange={(value) => onChange({ partnerId: value })}
          searchable
          clearable
          nothingFoundMessage={t('kpi.filters.nothingFound')}
          comboboxProps={{ withinPortal: true }}
          w={260}
          data-testid="kpi-filter-partner"
        />
      )}
    </Group>
  );
}

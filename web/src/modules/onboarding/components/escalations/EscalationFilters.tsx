import { Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationCategory } from '../../../../gql/graphql';
import {
  ESCALATION_CATEGORIES,
  STATUS_FILTERS,
  type EscalationInboxQuery,
  type EscalationStatusFilter,
} from '../../escalation-inbox-query';
import { EscalationFilterOptionsQuery } from '../../graphql/escalations';
import type { EscalationFilterPatch } from './useEscalationInbox';

interface Props {
  query: EscalationInboxQuery;
  onChange: (patch: EscalationFilterPatch) => void;
  filtered: boolean;
  onReset: () => void;
  actions?: ReactNode;
}

/** Status (open by default), firm and category of the inbox. */
export function EscalationFilters({ query, onChange, filtered, onReset, actions }: Props) {
  const { t } = useTranslation();
  const options = useQuery(EscalationFilterOptionsQuery);

  const partnerOptions = (options.data?.partners.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (query.partnerId && !partnerOptions.some((o) => o.value === query.partnerId))
    partnerOptions.push({ value: query.partnerId, label: t('escalations.filters.unknownPartner') });

  const common = { nothingFoundMessage: t('escalations.filters.nothingFound'), comboboxProps: { withinPortal: true } };

  return (
    <Group align="end" gap="md" mb="md" wrap="wrap" role="search" data-testid="escalations-filters">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="escalations-filter-status-label">
          {t('escalations.filters.status')}
        </Text>
        <SegmentedControl
          aria-labelledby="escalations-filter-status-label"
          data={STATUS_FILTERS.map((value) => ({ value, label: t(`escalations.filters.statusOptions.${value}`) }))}
          value={query.status}
          onChange={(value) => onChange({ status: value as EscalationStatusFilter })}
          data-testid="escalations-filter-status"
          data-value={query.status}
        />
      </Stack>
      <Select
        label={t('escalations.filters.partner')}
        placeholder={t('escalations.filters.any')}
        data={partnerOptions}
        value={query.partnerId}
        onChange={(value) => onChange({ partnerId: value })}
        searchable
        clearable
        w={240}
        {...common}
        data-testid="escalations-filter-partner"
      />
      <Select
        label={t('escalations.filters.category')}
        placeholder={t('escalations.filters.any')}
        data={ESCALATION_CATEGORIES.map((value) => ({ value, label: t(`escalations.category.${value}`) }))}
        value={query.category}
        onChange={(value) => onChange({ category: value as EscalationCategory | null })}
        clearable
        w={200}
        {...common}
        data-testid="escalations-filter-category"
      />
      {filtered ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onReset}
          data-testid="escalations-filter-reset"
        >
          {t('escalations.resetFilters')}
        </Button>
      ) : null}
      {actions ? <Group ml="auto">{actions}</Group> : null}
    </Group>
  );
}

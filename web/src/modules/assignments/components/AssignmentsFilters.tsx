import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '../../../gql/graphql';
import { useCapacityLabels } from '../../capacity/hooks';
import { addMonths, monthOf, monthsFrom } from '../../capacity/months';
import { ASSIGNMENT_STATUSES } from '../assignment-status';
import { AssignmentPartnerOptionsQuery } from '../graphql/assignments';
import type { AssignmentFilterPatch } from '../hooks/useAssignmentList';
import { ACCEPTANCES, type Acceptance, type AssignmentListQuery } from '../list-query';

/** The month filter offers the last 12 months and the next 5, newest first. */
const MONTHS_BACK = 12;
const MONTHS_AHEAD = 5;

interface Props {
  query: AssignmentListQuery;
  onChange: (patch: AssignmentFilterPatch) => void;
  filtered: boolean;
  onReset: () => void;
  actions?: ReactNode;
}

export function AssignmentsFilters({ query, onChange, filtered, onReset, actions }: Props) {
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  const partners = useQuery(AssignmentPartnerOptionsQuery);
  const partnerOptions = (partners.data?.partners.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (query.partnerId && !partnerOptions.some((o) => o.value === query.partnerId))
    partnerOptions.push({ value: query.partnerId, label: t('assignments.filters.unknownPartner') });

  const thisMonth = monthOf(new Date());
  const months = monthsFrom(addMonths(thisMonth, -MONTHS_BACK), MONTHS_BACK + MONTHS_AHEAD + 1).reverse();
  if (query.month && !months.includes(query.month)) months.unshift(query.month);
  const common = { nothingFoundMessage: t('assignments.filters.nothingFound'), comboboxProps: { withinPortal: true } };

  return (
    <Group align="end" gap="md" mb="md" wrap="wrap" role="search" data-testid="assignments-filters">
      <MultiSelect
        label={t('assignments.filters.statuses')}
        placeholder={query.statuses.length ? undefined : t('assignments.filters.any')}
        data={ASSIGNMENT_STATUSES.map((status) => ({ value: status, label: t(`assignments.apiStatus.${status}`) }))}
        value={query.statuses}
        onChange={(value) => onChange({ statuses: value as AssignmentStatus[] })}
        clearable
        w={260}
        {...common}
        data-testid="assignments-filter-status"
      />
      <Select
        label={t('assignments.filters.acceptance')}
        data={ACCEPTANCES.map((value) => ({ value, label: t(`assignments.filters.acceptanceValue.${value}`) }))}
        value={query.acceptance}
        onChange={(value) => onChange({ acceptance: (value ?? 'any') as Acceptance })}
        allowDeselect={false}
        w={200}
        {...common}
        data-testid="assignments-filter-acceptance"
      />
      <Select
        label={t('assignments.filters.partner')}
        placeholder={t('assignments.filters.any')}
        data={partnerOptions}
        value={query.partnerId}
        onChange={(value) => onChange({ partnerId: value })}
        searchable
        clearable
        w={240}
        {...common}
        data-testid="assignments-filter-partner"
      />
      <Select
        label={t('assignments.filters.month')}
        placeholder={t('assignments.filters.any')}
        data={months.map((value) => ({ value, label: monthLabel(value) }))}
        value={query.month}
        onChange={(value) => onChange({ month: value })}
        clearable
        w={180}
        {...common}
        data-testid="assignments-filter-month"
      />
      {filtered ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onReset}
          data-testid="assignments-filter-reset"
        >
          {t('assignments.resetFilters')}
        </Button>
      ) : null}
      {actions ? <Group ml="auto">{actions}</Group> : null}
    </Group>
  );
}

import { Button, Group, Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PROJECT_HEALTHS } from '@baton/shared';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectHealth } from '../../../../../gql/graphql';
import { useCapacityLabels } from '../../../../capacity/hooks';
import { ProjectsFilterOptionsQuery } from '../../../graphql/projects';
import { cohortMonths, type ProjectListQuery } from '../../../project-list-query';
import { phaseName } from '../../../project-phase';
import type { ProjectFilterPatch } from './useProjectList';

interface Props {
  query: ProjectListQuery;
  onChange: (patch: ProjectFilterPatch) => void;
  filtered: boolean;
  onReset: () => void;
  actions?: ReactNode;
}

/** Firm, health, current phase and start month (cohort) of the vendor's project list. */
export function ProjectsFilters({ query, onChange, filtered, onReset, actions }: Props) {
  const { t, i18n } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  const options = useQuery(ProjectsFilterOptionsQuery);

  const partnerOptions = (options.data?.partners.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (query.partnerId && !partnerOptions.some((o) => o.value === query.partnerId))
    partnerOptions.push({ value: query.partnerId, label: t('onboarding.filters.unknownPartner') });

  const phaseOptions = (options.data?.onboardingTemplate.phases ?? []).map((p) => ({
    value: String(p.position),
    label: t('onboarding.phaseLabel', { position: p.position, name: phaseName(p, i18n.language) }),
  }));
  if (query.phase && !phaseOptions.some((o) => o.value === String(query.phase)))
    phaseOptions.push({ value: String(query.phase), label: t('onboarding.phaseNumber', { position: query.phase }) });

  const common = { nothingFoundMessage: t('onboarding.filters.nothingFound'), comboboxProps: { withinPortal: true } };

  return (
    <Group align="end" gap="md" mb="md" wrap="wrap" role="search" data-testid="projects-filters">
      <Select
        label={t('onboarding.filters.partner')}
        placeholder={t('onboarding.filters.any')}
        data={partnerOptions}
        value={query.partnerId}
        onChange={(value) => onChange({ partnerId: value })}
        searchable
        clearable
        w={240}
        {...common}
        data-testid="projects-filter-partner"
      />
      <Select
        label={t('onboarding.filters.health')}
        placeholder={t('onboarding.filters.any')}
        data={PROJECT_HEALTHS.map((value) => ({ value, label: t(`onboarding.health.${value}`) }))}
        value={query.health}
        onChange={(value) => onChange({ health: value as ProjectHealth | null })}
        clearable
        w={180}
        {...common}
        data-testid="projects-filter-health"
      />
      <Select
        label={t('onboarding.filters.phase')}
        placeholder={t('onboarding.filters.any')}
        data={phaseOptions}
        value={query.phase ? String(query.phase) : null}
        onChange={(value) => onChange({ phase: value ? Number(value) : null })}
        clearable
        w={280}
        {...common}
        data-testid="projects-filter-phase"
      />
      <Select
        label={t('onboarding.filters.cohort')}
        placeholder={t('onboarding.filters.any')}
        data={cohortMonths(new Date(), query.cohortMonth).map((value) => ({ value, label: monthLabel(value) }))}
        value={query.cohortMonth}
        onChange={(value) => onChange({ cohortMonth: value })}
        clearable
        w={180}
        {...common}
        data-testid="projects-filter-cohort"
      />
      {filtered ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onReset}
          data-testid="projects-filter-reset"
        >
          {t('onboarding.resetFilters')}
        </Button>
      ) : null}
      {actions ? <Group ml="auto">{actions}</Group> : null}
    </Group>
  );
}

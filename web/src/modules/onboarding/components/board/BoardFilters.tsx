import { Button, Group, Select, Switch } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProjectHealth } from '../../../../gql/graphql';
import { BOARD_HEALTHS, type BoardFilter } from '../../board-model';

interface Props {
  filter: BoardFilter;
  leads: { value: string; label: string }[];
  churnedCount: number;
  onChange: (patch: Partial<BoardFilter>) => void;
}

/** Health and lead consultant (applied here, on the loaded projects) and the churned toggle. */
export function BoardFilters({ filter, leads, churnedCount, onChange }: Props) {
  const { t } = useTranslation();
  const filtered = !!filter.health || !!filter.lead;
  return (
    <Group align="end" gap="md" mb="md" wrap="wrap" role="search" data-testid="board-filters">
      <Select
        label={t('projectBoard.filters.health')}
        placeholder={t('projectBoard.filters.any')}
        data={BOARD_HEALTHS.map((health) => ({ value: health, label: t(`projectBoard.health.${health}`) }))}
        value={filter.health}
        onChange={(value) => onChange({ health: (value as ProjectHealth | null) ?? null })}
        clearable
        w={200}
        comboboxProps={{ withinPortal: true }}
        data-testid="board-filter-health"
      />
      <Select
        label={t('projectBoard.filters.lead')}
        placeholder={t('projectBoard.filters.any')}
        data={leads}
        value={filter.lead && leads.some((l) => l.value === filter.lead) ? filter.lead : null}
        onChange={(value) => onChange({ lead: value ?? null })}
        clearable
        searchable
        nothingFoundMessage={t('projectBoard.filters.nothingFound')}
        w={240}
        comboboxProps={{ withinPortal: true }}
        data-testid="board-filter-lead"
      />
      <Switch
        label={t('projectBoard.filters.showChurned', { count: churnedCount })}
        checked={filter.showChurned}
        onChange={(event) => onChange({ showChurned: event.currentTarget.checked })}
        mb={8}
        data-testid="board-show-churned"
      />
      {filtered ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange({ health: null, lead: null })}
          data-testid="board-filter-reset"
        >
          {t('projectBoard.filters.reset')}
        </Button>
      ) : null}
    </Group>
  );
}

import { Badge, Button, Paper, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TierAdminSetFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { TierDefinitionsTable } from './TierDefinitionsTable';

interface Props {
  sets: readonly TierAdminSetFieldsFragment[];
  /** The version in effect today. */
  currentSetId: string | null;
}

type Status = 'current' | 'scheduled' | 'past';

function statusOf(set: TierAdminSetFieldsFragment, current: TierAdminSetFieldsFragment | undefined): Status {
  if (set.id === current?.id) return 'current';
  return current && set.effectiveFrom > current.effectiveFrom ? 'scheduled' : 'past';
}

const STATUS_COLOR: Record<Status, string> = { current: 'green', scheduled: 'blue', past: 'gray' };

/** Every published version, newest first; one of them can be opened to see its tiers. */
export function TierVersionsCard({ sets, currentSetId }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const current = sets.find((s) => s.id === currentSetId);
  const selected = sets.find((s) => s.id === selectedId);
  return (
    <Paper withBorder radius="md" p="md" data-testid="tier-versions">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('tierAdmin.versions.title')}
        </Title>
        <Table.ScrollContainer minWidth={600}>
          <Table data-testid="tier-versions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tierAdmin.versions.col.version')}</Table.Th>
                <Table.Th>{t('tierAdmin.versions.col.effectiveFrom')}</Table.Th>
                <Table.Th>{t('tierAdmin.versions.col.status')}</Table.Th>
                <Table.Th>{t('tierAdmin.versions.col.created')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('tierAdmin.versions.col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sets.map((set) => {
                const status = statusOf(set, current);
                return (
                  <Table.Tr
                    key={set.id}
                    data-testid={`tier-version-row-${set.version}`}
                    bg={set.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                  >
                    <Table.Td>{t('tierAdmin.versions.version', { version: set.version })}</Table.Td>
                    <Table.Td>{set.effectiveFrom}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[status]} variant="light">
                        {t(`tierAdmin.versions.status.${status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {t('tierAdmin.versions.createdBy', {
                        at: formatDateTime(set.createdAt),
                        by: set.createdByEmail ?? t('common.none'),
                      })}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-pressed={set.id === selectedId}
                        onClick={() => setSelectedId(set.id === selectedId ? null : set.id)}
                        data-testid={`tier-version-view-${set.version}`}
                      >
                        {set.id === selectedId ? t('tierAdmin.versions.hide') : t('tierAdmin.versions.view')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {selected ? (
          <TierDefinitionsTable
            tiers={selected.tiers}
            caption={t('tierAdmin.caption', { version: selected.version, date: selected.effectiveFrom })}
            testId="tier-version-tiers"
            rowTestId="tier-version-tier"
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

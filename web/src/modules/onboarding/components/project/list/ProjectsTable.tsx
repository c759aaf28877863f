import { Anchor, Button, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProjectsListRowFragment } from '../../../../../gql/graphql';
import { useFormatters } from '../../../../common/hooks/useFormatters';
import { localDay } from '../../../project-dates';
import { phaseName } from '../../../project-phase';
import { ProjectHealthBadge } from '../ProjectHealthBadge';
import { PhaseDeadline } from '../PhaseDeadline';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const COLUMNS = 7;

interface Props {
  projects: readonly ProjectsListRowFragment[];
  loading: boolean;
  /** Whether any filter is set: an empty list then means "no match", not "nothing yet". */
  filtered: boolean;
  onReset: () => void;
}

/** One row per project; a click on the row opens the project, the customer's name opens the customer. */
export function ProjectsTable({ projects, loading, filtered, onReset }: Props) {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormatters();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover aria-label={t('onboarding.title')} data-testid="projects-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('onboarding.columns.customer')}</Table.Th>
            <Table.Th>{t('onboarding.columns.partner')}</Table.Th>
            <Table.Th>{t('onboarding.columns.lead')}</Table.Th>
            <Table.Th>{t('onboarding.columns.startDate')}</Table.Th>
            <Table.Th>{t('onboarding.columns.phase')}</Table.Th>
            <Table.Th>{t('onboarding.columns.health')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('onboarding.columns.open')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && projects.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : projects.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Stack align="center" gap="xs" py="lg" data-testid="empty-state">
                  <Text c="dimmed" ta="center">
                    {filtered ? t('onboarding.noMatch') : t('onboarding.empty')}
                  </Text>
                  {filtered ? (
                    <Button variant="light" size="xs" onClick={onReset} data-testid="projects-empty-reset">
                      {t('onboarding.resetFilters')}
                    </Button>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            projects.map((p) => {
              const to = `/vendor/projects/${p.id}`;
              return (
                <Table.Tr
                  key={p.id}
                  data-testid="project-row"
                  data-id={p.id}
                  data-health={p.health}
                  data-company={p.customer?.companyName ?? ''}
                  data-partner={p.partner?.name ?? ''}
                  data-phase={p.currentPhase ? String(p.currentPhase.position) : ''}
                  onClick={() => void navigate(to)}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td miw={180}>
                    {p.customer ? (
                      <Anchor
                        component={Link}
                        to={`/vendor/customers/${p.customer.id}`}
                        fw={500}
                        onClick={(event) => event.stopPropagation()}
                        data-testid="project-row-customer"
                      >
                        {p.customer.companyName}
                      </Anchor>
                    ) : (
                      t('common.none')
                    )}
                  </Table.Td>
                  <Table.Td miw={140}>{p.partner?.name ?? t('common.none')}</Table.Td>
                  <Table.Td>{p.leadConsultant?.displayName ?? t('common.none')}</Table.Td>
                  <Table.Td style={NOWRAP}>{formatDate(localDay(p.startDate))}</Table.Td>
                  <Table.Td miw={220}>
                    {p.currentPhase ? (
                      <>
                        <Text size="sm">
                          {t('onboarding.phaseLabel', {
                            position: p.currentPhase.position,
                            name: phaseName(p.currentPhase, i18n.language),
                          })}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('onboarding.dueOn', { date: formatDate(localDay(p.currentPhase.dueDate)) })}
                          {p.health === 'CHURNED' ? null : (
                            <>
                              {' · '}
                              <PhaseDeadline dueDate={p.currentPhase.dueDate} />
                            </>
                          )}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('onboarding.allPhasesDone')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <ProjectHealthBadge health={p.health} />
                    {p.health === 'CHURNED' && p.churnReason ? (
                      <Text size="xs" c="dimmed" lineClamp={1} title={p.churnReason} maw={220}>
                        {p.churnReason}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={to}
                      aria-label={t('onboarding.openProject', { customer: p.customer?.companyName ?? '' })}
                      onClick={(event) => event.stopPropagation()}
                      data-testid="project-row-open"
                    >
                      <IconChevronRight size={18} aria-hidden />
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { currentPhase } from '@baton/shared';
import { IconCheck, IconRotate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProjectPagePhaseFragment } from '../../../../gql/graphql';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { daysLateOnCompletion, localDay } from '../../project-dates';
import { phaseName } from '../../project-phase';
import { PhaseDeadline } from './PhaseDeadline';

interface Props {
  phases: readonly ProjectPagePhaseFragment[];
  /** A churned project's open phase no longer counts down. */
  churned: boolean;
  /** Given when the user may complete the current phase. */
  onComplete?: (phase: ProjectPagePhaseFragment) => void;
  /** Given when the user may reopen completed phases. */
  onReopen?: (phase: ProjectPagePhaseFragment) => void;
}

/** The phases in order: due dates, completions with their summaries, and where the project is now. */
export function PhaseList({ phases, churned, onComplete, onReopen }: Props) {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormatters();
  const sorted = [...phases].sort((a, b) => a.position - b.position);
  const current = currentPhase(sorted);
  const active = current ? sorted.indexOf(current) : sorted.length - 1;

  return (
    <Paper withBorder radius="md" p="md" data-testid="project-phases">
      <Title order={3} size="h4" mb="md">
        {t('onboarding.phases.title')}
      </Title>
      <Timeline active={active} bulletSize={26} lineWidth={2}>
        {sorted.map((phase) => {
          const completed = phase.completedOn != null;
          const isCurrent = phase.id === current?.id;
          const late = phase.completedOn ? daysLateOnCompletion(phase.dueDate, phase.completedOn) : 0;
          return (
            <Timeline.Item
              key={phase.id}
              data-testid="project-phase"
              data-position={phase.position}
              data-completed={completed ? 'true' : 'false'}
              data-current={isCurrent ? 'true' : 'false'}
              color={completed ? 'green' : undefined}
              lineVariant={completed ? 'solid' : 'dashed'}
              bullet={
                completed ? (
                  <ThemeIcon size={26} radius="xl" color="green">
                    <IconCheck size={16} aria-hidden />
                  </ThemeIcon>
                ) : (
                  <Text size="xs" fw={700}>
                    {phase.position}
                  </Text>
                )
              }
              title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">
                    {t('onboarding.phaseLabel', { position: phase.position, name: phaseName(phase, i18n.language) })}
                  </Text>
                  {isCurrent ? (
                    <Badge size="sm" variant="outline" style={{ textTransform: 'none' }}>
                      {t('onboarding.phases.current')}
                    </Badge>
                  ) : null}
                </Group>
              }
            >
              <Stack gap={4} mt={4}>
                <Text size="xs" c="dimmed">
                  {t('onboarding.dueOn', { date: formatDate(localDay(phase.dueDate)) })}
                  {isCurrent && !churned ? (
                    <>
                      {' · '}
                      <PhaseDeadline dueDate={phase.dueDate} />
                    </>
                  ) : null}
                </Text>
                {phase.completedOn ? (
                  <>
                    <Text size="xs" data-testid="phase-completed-on">
                      {t('onboarding.phases.completedOn', {
                        date: formatDate(localDay(phase.completedOn)),
                        by: phase.completedByEmail ?? t('common.none'),
                      })}{' '}
                      <Text component="span" size="xs" c={late > 0 ? 'red' : 'green'} fw={600}>
                        {late === 0
                          ? t('onboarding.phases.onTime')
                          : late === 1
                            ? t('onboarding.deadline.lateOne')
                            : t('onboarding.deadline.late', { days: late })}
                      </Text>
                    </Text>
                    {phase.summary ? (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="phase-summary">
                        {phase.summary}
                      </Text>
                    ) : null}
                  </>
                ) : null}
                <Group gap="xs">
                  {isCurrent && onComplete ? (
                    <Button
                      size="xs"
                      leftSection={<IconCheck size={14} aria-hidden />}
                      onClick={() => onComplete(phase)}
                      data-testid="phase-complete"
                    >
                      {t('onboarding.complete.open')}
                    </Button>
                  ) : null}
                  {completed && onReopen ? (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconRotate size={14} aria-hidden />}
                      onClick={() => onReopen(phase)}
                      data-testid="phase-reopen"
                    >
                      {t('onboarding.reopen.open')}
                    </Button>
                  ) : null}
                </Group>
              </Stack>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}

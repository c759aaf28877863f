import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectPageDetailFragment } from '../../../../gql/graphql';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { phaseName } from '../../project-phase';
import { eventDetail, timelineKind } from '../../project-timeline';
import { Section } from './Section';

type Phase = ProjectPageDetailFragment['phases'][number];

const KIND_COLORS: Record<string, string> = {
  OPENED: 'blue',
  PHASE_COMPLETED: 'green',
  PHASE_REOPENED: 'orange',
  WORK_LOGGED: 'gray',
  ISSUE_OPENED: 'yellow',
  ISSUE_RESOLVED: 'teal',
  CHURNED: 'red',
};

/** What happened on the project, newest first. */
export function ProjectTimeline({
  events,
  phases,
}: {
  events: ProjectPageDetailFragment['timeline'];
  phases: readonly Phase[];
}) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Section title={t('onboarding.timeline.title')} testId="project-timeline">
      {events.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('onboarding.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={events.length - 1}>
          {events.map((event) => (
            <Timeline.Item
              key={event.id}
              color={KIND_COLORS[event.kind] ?? 'gray'}
              title={
                <Text size="sm" fw={500}>
                  {t(`onboarding.timeline.kind.${timelineKind(event.kind)}`)}
                </Text>
              }
              data-testid="timeline-event"
              data-kind={event.kind}
            >
              <EventDetailText kind={event.kind} detail={event.detail ?? null} phases={phases} />
              <Text size="xs" c="dimmed">
                {t('onboarding.byAt', { at: formatDateTime(event.at), by: event.byEmail ?? t('common.none') })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}

function EventDetailText({ kind, detail, phases }: { kind: string; detail: string | null; phases: readonly Phase[] }) {
  const { t, i18n } = useTranslation();
  const { formatNumber } = useFormatters();
  const shown = eventDetail(kind, detail, phases);
  if (shown.type === 'none') return null;
  const text =
    shown.type === 'phase'
      ? t('onboarding.phaseLabel', { position: shown.phase.position, name: phaseName(shown.phase, i18n.language) }) +
        (shown.rest ? t('onboarding.timeline.reasonSuffix', { reason: shown.rest }) : '')
      : shown.type === 'work'
        ? t('onboarding.worklog.kindHours', {
            kind: t(`onboarding.workKind.${shown.kind}`),
            hours: formatNumber(shown.hours),
          })
        : shown.text;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

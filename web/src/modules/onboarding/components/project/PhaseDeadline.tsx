import { Text } from '@mantine/core';
import { AT_RISK_DAYS } from '@baton/shared';
import { useTranslation } from 'react-i18next';
import { apiToday, deadlineOf } from '../../project-dates';

/** "Due in 5 days", "Due today" or "3 days late" for an open phase, colored like the health it means. */
export function PhaseDeadline({ dueDate }: { dueDate: string }) {
  const { t } = useTranslation();
  const deadline = deadlineOf(dueDate, apiToday());
  const color =
    deadline.kind === 'late'
      ? 'red'
      : deadline.kind === 'dueToday' || deadline.days <= AT_RISK_DAYS
        ? 'yellow.8'
        : 'dimmed';
  const text =
    deadline.kind === 'dueToday'
      ? t('onboarding.deadline.today')
      : deadline.kind === 'late'
        ? deadline.days === 1
          ? t('onboarding.deadline.lateOne')
          : t('onboarding.deadline.late', { days: deadline.days })
        : deadline.days === 1
          ? t('onboarding.deadline.dueInOne')
          : t('onboarding.deadline.dueIn', { days: deadline.days });
  return (
    <Text
      component="span"
      size="xs"
      c={color}
      fw={deadline.kind === 'dueIn' ? undefined : 600}
      data-testid="phase-deadline"
      data-kind={deadline.kind}
    >
      {text}
    </Text>
  );
}

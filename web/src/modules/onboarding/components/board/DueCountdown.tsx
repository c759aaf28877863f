import { Text } from '@mantine/core';
import { AT_RISK_DAYS } from '@baton/shared';
import { daysFrom } from '../../board-model';
import { useBoardText } from './useBoardText';

/** "due in N days" / "N days late", red when late and orange when at risk. */
export function DueCountdown({ dueDate, today }: { dueDate: string; today: string }) {
  const { countdown } = useBoardText();
  const left = daysFrom(today, dueDate);
  const color = left < 0 ? 'red' : left <= AT_RISK_DAYS ? 'orange' : 'dimmed';
  return (
    <Text size="xs" c={color} fw={left <= AT_RISK_DAYS ? 600 : undefined} data-testid="board-countdown">
      {countdown(dueDate, today)}
    </Text>
  );
}

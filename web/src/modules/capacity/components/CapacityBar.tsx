import { Progress, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  offered: number;
  consumed: number;
  free: number;
  /** The largest offer shown, so bars of different months compare. */
  scale: number;
  testId?: string;
}

/** One month's offer as a bar: consumed and free slots, scaled to the largest month. */
export function CapacityBar({ offered, consumed, free, scale, testId }: Props) {
  const { t } = useTranslation();
  const base = Math.max(scale, 1);
  const label = t('capacity.summary.barLabel', { offered, consumed, free });
  return (
    <Tooltip label={label} withinPortal>
      <Progress.Root size="lg" aria-label={label} data-testid={testId}>
        {consumed > 0 ? <Progress.Section value={(consumed / base) * 100} color="blue" /> : null}
        {free > 0 ? <Progress.Section value={(free / base) * 100} color="teal" /> : null}
        {offered === 0 ? <Progress.Section value={0} color="gray" /> : null}
      </Progress.Root>
    </Tooltip>
  );
}

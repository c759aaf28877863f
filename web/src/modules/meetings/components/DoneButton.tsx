import { Button } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  description: string;
  loading: boolean;
  disabled: boolean;
  onClick: () => void;
  testId: string;
}

/** Ticks one open action item off (named for screen readers, since a list holds many). */
export function DoneButton({ description, loading, disabled, onClick, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant="light"
      color="green"
      leftSection={<IconCheck size={14} aria-hidden />}
      loading={loading}
      disabled={disabled}
      onClick={onClick}
      aria-label={t('meetings.item.doneFor', { description })}
      data-testid={testId}
    >
      {t('meetings.item.done')}
    </Button>
  );
}

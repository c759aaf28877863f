import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCapacityLabels } from '../../capacity/hooks';

interface Props {
  count: number;
  month: string;
  /** Names of firms given more customers than their free slots. */
  overloaded: readonly string[];
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before applying: one transaction, every row or none. */
export function ApplyConfirmModal({ count, month, overloaded, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  return (
    <Modal opened onClose={onClose} title={t('assignments.auto.confirm.title')}>
      <Stack>
        <Text size="sm">{t('assignments.auto.confirm.body', { count, month: monthLabel(month) })}</Text>
        <Text size="sm" c="dimmed">
          {t('assignments.auto.confirm.allOrNothing')}
        </Text>
        {overloaded.length > 0 ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {t('assignments.auto.overCapacity', { firms: overloaded.join(', ') })}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="green" onClick={onConfirm} data-autofocus data-testid="auto-apply-confirm">
            {t('assignments.auto.confirm.submit', { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

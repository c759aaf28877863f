import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerPageAssignmentFragment } from '../../../gql/graphql';
import { useCapacityLabels } from '../../capacity/hooks';
import { useFormatters } from '../../common/hooks/useFormatters';

interface Props {
  assignment: CustomerPageAssignmentFragment;
  onCancel: () => void;
  onReassign: () => void;
}

/** The firm holding the customer now: lead, month, who assigned it, whether the firm accepted. */
export function CurrentAssignment({ assignment, onCancel, onReassign }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { monthLabel } = useCapacityLabels();
  return (
    <Paper withBorder radius="md" p="md" data-testid="current-assignment" data-id={assignment.id}>
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={6}>
          <Title order={4}>{t('customers.current.title')}</Title>
          <Group gap="xs">
            {assignment.partner ? (
              <Anchor
                component={Link}
                to={`/vendor/partners/${assignment.partner.id}`}
                fw={600}
                data-testid="current-firm"
              >
                {assignment.partner.name}
              </Anchor>
            ) : null}
            {assignment.acceptedAt ? (
              <Badge color="green" variant="light" data-testid="current-accepted">
                {t('customers.current.accepted')}
              </Badge>
            ) : (
              <Badge color="yellow" variant="light" data-testid="current-awaiting">
                {t('customers.current.awaiting')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {t('customers.current.summary', {
              lead: assignment.leadConsultant?.displayName ?? t('common.none'),
              month: monthLabel(assignment.month),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('customers.current.assignedBy', {
              by: assignment.assignedByEmail ?? t(`customers.history.source.${assignment.source}`),
              at: formatDateTime(assignment.assignedAt),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {assignment.acceptedAt
              ? t('customers.current.acceptedAt', { at: formatDateTime(assignment.acceptedAt) })
              : t('customers.current.declineBy', { at: formatDateTime(assignment.declineBy) })}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconArrowsExchange size={16} aria-hidden />}
            onClick={onReassign}
            data-testid="assignment-reassign"
          >
            {t('customers.current.reassign')}
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={onCancel}
            data-testid="assignment-cancel"
          >
            {t('customers.current.cancel')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionItemFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { localDay } from '../../onboarding/project-dates';
import { isOverdue } from '../action-items';

/** An action item's due day, with an "overdue" mark once it has passed and the item is still open. */
export function DueDate({ item, today }: { item: ActionItemFieldsFragment; today: string }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  if (!item.dueDate) {
    return (
      <Text size="sm" c="dimmed">
        {t('meetings.item.noDue')}
      </Text>
    );
  }
  const overdue = isOverdue(item, today);
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(localDay(item.dueDate))}
      </Text>
      {overdue ? (
        <Badge
          color="red"
          variant="light"
          size="sm"
          style={{ textTransform: 'none' }}
          data-testid="action-item-overdue"
        >
          {t('meetings.item.overdue')}
        </Badge>
      ) : null}
    </Group>
  );
}

import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionItemFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { isOverdue } from '../action-items';
import { DoneButton } from './DoneButton';
import { DueDate } from './DueDate';

interface Props {
  items: readonly ActionItemFieldsFragment[];
  today: string;
  /** Null when the user may only read (no "Done" buttons). */
  onComplete: ((item: ActionItemFieldsFragment) => void) | null;
  pendingId: string | null;
}

/** A meeting's action items: what, who, by when, and whether (and by whom) it is done. */
export function ActionItemList({ items, today, onComplete, pendingId }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('meetings.details.noItems')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => {
        const done = !!item.doneAt;
        return (
          <Group
            key={item.id}
            component="li"
            justify="space-between"
            align="flex-start"
            wrap="nowrap"
            gap="sm"
            data-testid="action-item"
            data-id={item.id}
            data-done={String(done)}
            data-overdue={String(isOverdue(item, today))}
          >
            <Group align="flex-start" gap="sm" wrap="nowrap">
              <ThemeIcon variant="transparent" color={done ? 'green' : 'gray'} size="sm" mt={2}>
                {done ? <IconCircleCheck size={18} aria-hidden /> : <IconCircleDashed size={18} aria-hidden />}
              </ThemeIcon>
              <Stack gap={2}>
                <Text size="sm" td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
                  {item.description}
                </Text>
                <Group gap="md">
                  <Text size="xs" c="dimmed">
                    {t('meetings.item.ownerIs', { owner: item.owner })}
                  </Text>
                  <DueDate item={item} today={today} />
                </Group>
                {done && item.doneAt ? (
                  <Text size="xs" c="green" data-testid="action-item-done-info">
                    {item.doneByEmail
                      ? t('meetings.item.doneBy', { email: item.doneByEmail, at: formatDateTime(item.doneAt) })
                      : t('meetings.item.doneAt', { at: formatDateTime(item.doneAt) })}
                  </Text>
                ) : null}
              </Stack>
            </Group>
            {!done && onComplete ? (
              <DoneButton
                description={item.description}
                loading={pendingId === item.id}
                disabled={pendingId !== null && pendingId !== item.id}
                onClick={() => onComplete(item)}
                testId="action-item-done"
              />
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}

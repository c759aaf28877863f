import { ActionIcon, Autocomplete, Button, Grid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyItem, MEETING_LIMITS, type ActionItemDraft } from '../meeting-form';

interface Props {
  items: ActionItemDraft[];
  onChange: (items: ActionItemDraft[]) => void;
  /** Suggested owners: the meeting's attendees. */
  attendees: string[];
  errors: Record<string, string>;
}

/** The meeting's action items as editable rows; a blank row is ignored on save. */
export function ActionItemRowsInput({ items, onChange, attendees, errors }: Props) {
  const { t } = useTranslation();
  const focusKey = useRef<string | null>(null);

  // A row added from the keyboard gets the focus, so the next item can be typed straight away.
  useEffect(() => {
    if (!focusKey.current) return;
    document.getElementById(`meeting-item-${focusKey.current}-description`)?.focus();
    focusKey.current = null;
  }, [items.length]);

  function patch(key: string, change: Partial<ActionItemDraft>) {
    onChange(items.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  function add() {
    const item = emptyItem();
    focusKey.current = item.key;
    onChange([...items, item]);
  }

  return (
    <Stack gap="xs" data-testid="meeting-form-items">
      <Text size="sm" fw={500}>
        {t('meetings.form.actionItems')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.form.noItems')}
        </Text>
      ) : null}
      {items.map((item, row) => {
        const error = (field: string) => errors[`actionItems.${row}.${field}`];
        const n = row + 1;
        return (
          <Grid key={item.key} gap="xs" align="flex-start" data-testid="meeting-form-item" data-row={row}>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                id={`meeting-item-${item.key}-description`}
                aria-label={t('meetings.form.itemDescriptionN', { n })}
                placeholder={t('meetings.form.itemDescription')}
                maxLength={MEETING_LIMITS.description}
                value={item.description}
                onChange={(e) => patch(item.key, { description: e.currentTarget.value })}
                error={error('description')}
                data-testid="meeting-form-item-description"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <Autocomplete
                aria-label={t('meetings.form.itemOwnerN', { n })}
                placeholder={t('meetings.form.itemOwner')}
                maxLength={MEETING_LIMITS.owner}
                data={[...new Set(attendees)]}
                value={item.owner}
                onChange={(value) => patch(item.key, { owner: value })}
                error={error('owner')}
                comboboxProps={{ withinPortal: true }}
                data-testid="meeting-form-item-owner"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 5, sm: 3 }}>
              <TextInput
                type="date"
                aria-label={t('meetings.form.itemDueN', { n })}
                value={item.dueDate}
                onChange={(e) => patch(item.key, { dueDate: e.currentTarget.value })}
                error={error('dueDate')}
                data-testid="meeting-form-item-due"
              />
            </Grid.Col>
            <Grid.Col span={1}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={() => onChange(items.filter((other) => other.key !== item.key))}
                aria-label={t('meetings.form.removeItemN', { n })}
                data-testid="meeting-form-remove-item"
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Grid.Col>
          </Grid>
        );
      })}
      {errors.actionItems ? (
        <Text size="sm" c="red" role="alert">
          {errors.actionItems}
        </Text>
      ) : null}
      <div>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={add}
          disabled={items.length >= MEETING_LIMITS.items}
          data-testid="meeting-form-add-item"
        >
          {t('meetings.form.addItem')}
        </Button>
      </div>
    </Stack>
  );
}

import { Anchor, Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionItemFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { localDay } from '../../onboarding/project-dates';
import { isOverdue, type ActionItemRow } from '../action-items';
import { DoneButton } from './DoneButton';
import { DueDate } from './DueDate';

interface Props {
  rows: readonly ActionItemRow[];
  today: string;
  showPartner: boolean;
  onComplete: ((item: ActionItemFieldsFragment) => void) | null;
  pendingId: string | null;
  onOpenMeeting: (meetingId: string) => void;
}

/** Every open item of the listed meetings in one place, soonest due first. */
export function OpenActionItems({ rows, today, showPartner, onComplete, pendingId, onOpenMeeting }: Props) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const overdue = rows.filter(({ item }) => isOverdue(item, today)).length;
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="open-action-items" data-count={rows.length}>
      <Group justify="space-between" mb={rows.length ? 'sm' : 0}>
        <Group gap="xs">
          <Title order={4}>{t('meetings.open.title')}</Title>
          <Badge variant="light" style={{ textTransform: 'none' }}>
            {rows.length}
          </Badge>
          {overdue > 0 ? (
            <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
              {t('meetings.overdueCount', { count: overdue })}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {t('meetings.open.scope')}
        </Text>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs" data-testid="open-action-items-empty">
          {t('meetings.open.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing={6} aria-label={t('meetings.open.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meetings.open.columns.due')}</Table.Th>
                <Table.Th>{t('meetings.open.columns.description')}</Table.Th>
                <Table.Th>{t('meetings.open.columns.owner')}</Table.Th>
                <Table.Th>{t('meetings.open.columns.meeting')}</Table.Th>
                {onComplete ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ item, meeting }) => (
                <Table.Tr
                  key={item.id}
                  data-testid="open-action-item"
                  data-id={item.id}
                  data-overdue={String(isOverdue(item, today))}
                >
                  <Table.Td>
                    <DueDate item={item} today={today} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.description}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.owner}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      ta="left"
                      onClick={() => onOpenMeeting(meeting.id)}
                      data-testid="open-action-item-meeting"
                    >
                      {showPartner && meeting.partner
                        ? t('meetings.open.meetingWithFirm', {
                            date: formatDate(localDay(meeting.date)),
                            title: meeting.title,
                            partner: meeting.partner.name,
                          })
                        : t('meetings.open.meeting', {
                            date: formatDate(localDay(meeting.date)),
                            title: meeting.title,
                          })}
                    </Anchor>
                  </Table.Td>
                  {onComplete ? (
                    <Table.Td ta="right">
                      <DoneButton
                        description={item.description}
                        loading={pendingId === item.id}
                        disabled={pendingId !== null && pendingId !== item.id}
                        onClick={() => onComplete(item)}
                        testId="open-action-item-done"
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

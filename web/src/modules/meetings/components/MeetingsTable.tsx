import { ActionIcon, Badge, Button, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemFieldsFragment, MeetingFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { localDay } from '../../onboarding/project-dates';
import { isOverdue, openCount } from '../action-items';
import { MeetingDetails } from './MeetingDetails';

interface Props {
  meetings: readonly MeetingFieldsFragment[];
  loading: boolean;
  /** The vendor console lists every firm's meetings, so it shows the firm column. */
  showPartner: boolean;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  today: string;
  projectsRoot: string;
  onComplete: ((item: ActionItemFieldsFragment) => void) | null;
  pendingId: string | null;
  emptyMessage: string;
  /** Shown in the empty state when a filter hides meetings. */
  onReset?: () => void;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Meetings, newest first; a row opens (click, or its toggle button) into notes, projects and items. */
export function MeetingsTable(props: Props) {
  const { meetings, loading, showPartner, expanded, onToggle, emptyMessage, onReset } = props;
  const { t } = useTranslation();
  const columns = showPartner ? 6 : 5;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover aria-label={t('meetings.title')} data-testid="meetings-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>{t('meetings.columns.toggle')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('meetings.columns.date')}</Table.Th>
            {showPartner ? <Table.Th>{t('meetings.columns.partner')}</Table.Th> : null}
            <Table.Th>{t('meetings.columns.title')}</Table.Th>
            <Table.Th>{t('meetings.columns.attendees')}</Table.Th>
            <Table.Th>{t('meetings.columns.openItems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && meetings.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : meetings.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Stack align="center" gap="xs" py="lg" data-testid="empty-state">
                  <Text c="dimmed" ta="center">
                    {emptyMessage}
                  </Text>
                  {onReset ? (
                    <Button variant="light" size="xs" onClick={onReset} data-testid="meetings-empty-reset">
                      {t('meetings.filters.reset')}
                    </Button>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            meetings.map((meeting) => (
              <MeetingRow
                key={meeting.id}
                {...props}
                meeting={meeting}
                open={expanded.has(meeting.id)}
                columns={columns}
                onToggle={onToggle}
              />
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface RowProps extends Props {
  meeting: MeetingFieldsFragment;
  open: boolean;
  columns: number;
}

function MeetingRow({
  meeting,
  open,
  columns,
  showPartner,
  onToggle,
  today,
  projectsRoot,
  onComplete,
  pendingId,
}: RowProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const detailsId = `meeting-details-${meeting.id}`;
  const open_ = openCount(meeting);
  const overdue = meeting.actionItems.filter((item) => isOverdue(item, today)).length;
  return (
    <Fragment>
      <Table.Tr
        data-testid="meeting-row"
        data-id={meeting.id}
        data-title={meeting.title}
        data-partner={meeting.partner?.name ?? ''}
        data-partner-id={meeting.partner?.id ?? ''}
        data-open-items={String(open_)}
        data-expanded={String(open)}
        onClick={() => onToggle(meeting.id)}
        style={{ cursor: 'pointer' }}
      >
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={
              open ? t('meetings.collapse', { title: meeting.title }) : t('meetings.expand', { title: meeting.title })
            }
            onClick={(event) => {
              event.stopPropagation();
              onToggle(meeting.id);
            }}
            data-testid="meeting-toggle"
          >
            {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        </Table.Td>
        <Table.Td style={NOWRAP}>{formatDate(localDay(meeting.date))}</Table.Td>
        {showPartner ? <Table.Td>{meeting.partner?.name ?? t('common.none')}</Table.Td> : null}
        <Table.Td fw={500}>{meeting.title}</Table.Td>
        <Table.Td>
          <Text size="sm" lineClamp={2} c={meeting.attendees.length ? undefined : 'dimmed'}>
            {meeting.attendees.length ? meeting.attendees.join(t('meetings.listSeparator')) : t('common.none')}
          </Text>
        </Table.Td>
        <Table.Td>
          {meeting.actionItems.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('common.none')}
            </Text>
          ) : (
            <Group gap={6} wrap="nowrap">
              <Badge
                color={open_ === 0 ? 'green' : overdue > 0 ? 'red' : 'blue'}
                variant="light"
                style={{ textTransform: 'none' }}
                data-testid="meeting-open-items"
              >
                {open_ === 0
                  ? t('meetings.allDone')
                  : t('meetings.openOf', { open: open_, total: meeting.actionItems.length })}
              </Badge>
              {overdue > 0 ? (
                <Text size="xs" c="red" style={NOWRAP}>
                  {t('meetings.overdueCount', { count: overdue })}
                </Text>
              ) : null}
            </Group>
          )}
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={columns} bg="var(--mantine-color-gray-light)">
            <MeetingDetails
              meeting={meeting}
              today={today}
              projectsRoot={projectsRoot}
              onComplete={onComplete}
              pendingId={pendingId}
            />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}

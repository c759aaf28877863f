import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AssignmentCustomerFragmentDoc, type AssignmentRowFragment } from '../../../gql/graphql';
import { useCapacityLabels } from '../../capacity/hooks';
import { faultMessage } from '../../common/fault-message';
import { useFormatters } from '../../common/hooks/useFormatters';
import { notifyError, notifySuccess } from '../../common/notify';
import { daysLeft, declineOpen } from '../assignment-status';
import { AcceptAssignmentMutation } from '../graphql/assignments';
import { AssignmentStatusBadge } from './AssignmentStatusBadge';
import { CustomerSummary } from './CustomerSummary';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

function Month({ month }: { month: string }) {
  const { monthLabel } = useCapacityLabels();
  return <Table.Td style={NOWRAP}>{monthLabel(month)}</Table.Td>;
}

function Lead({ assignment: a }: { assignment: AssignmentRowFragment }) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <Text size="sm">{a.leadConsultant?.displayName ?? t('common.none')}</Text>
      {a.leadConsultant?.email ? (
        <Text size="xs" c="dimmed">
          {a.leadConsultant.email}
        </Text>
      ) : null}
    </Table.Td>
  );
}

function When({ at, by }: { at: string | null | undefined; by: string | null | undefined }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  if (!at) return <Table.Td c="dimmed">{t('common.none')}</Table.Td>;
  return (
    <Table.Td>
      <Text size="sm" style={NOWRAP}>
        {formatDateTime(at)}
      </Text>
      {by ? (
        <Text size="xs" c="dimmed">
          {by}
        </Text>
      ) : null}
    </Table.Td>
  );
}

/** A new customer for the firm: accept it, or decline it with a reason while the window is open. */
export function IncomingRow({
  assignment: a,
  onDecline,
}: {
  assignment: AssignmentRowFragment;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  const [accept, { loading }] = useMutation(AcceptAssignmentMutation, {
    refetchQueries: ['PartnerAssignments'],
    awaitRefetchQueries: true,
  });
  const company = a.customer?.companyName ?? '';
  const now = new Date();
  const open = a.declinable && declineOpen(a.declineBy, now);

  async function onAccept() {
    try {
      const { data } = await accept({ variables: { input: { assignmentId: a.id } } });
      const result = data?.acceptAssignment;
      if (!result) return;
      if (result.__typename === 'Assignment') notifySuccess(t('assignments.partner.notify.accepted', { company }));
      else notifyError(result.message);
    } catch (error) {
      notifyError(faultMessage(error, t));
    }
  }

  return (
    <Table.Tr
      data-testid="incoming-row"
      data-id={a.id}
      data-company={company}
      data-declinable={open ? 'true' : 'false'}
    >
      <Table.Td>{a.customer ? <CustomerSummary customer={a.customer} /> : t('common.none')}</Table.Td>
      <Month month={a.month} />
      <Lead assignment={a} />
      <When at={a.assignedAt} by={a.assignedByEmail} />
      <Table.Td style={NOWRAP}>
        <Text size="sm">{formatDateTime(a.declineBy)}</Text>
        <Text size="xs" c={open ? 'dimmed' : 'red'} data-testid="incoming-days-left">
          {open
            ? t('assignments.partner.daysLeft', { days: daysLeft(a.declineBy, now) })
            : t('assignments.partner.windowClosed')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              leftSection={<IconCheck size={14} aria-hidden />}
              loading={loading}
              onClick={() => void onAccept()}
              aria-label={t('assignments.partner.acceptLabel', { company })}
              data-testid="incoming-accept"
            >
              {t('assignments.partner.accept')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconX size={14} aria-hidden />}
              disabled={!open || loading}
              onClick={onDecline}
              aria-label={t('assignments.partner.declineLabel', { company })}
              aria-describedby={open ? undefined : `decline-closed-${a.id}`}
              data-testid="incoming-decline"
            >
              {t('assignments.partner.decline.button')}
            </Button>
          </Group>
          {open ? null : (
            <Text size="xs" c="dimmed" maw={260} id={`decline-closed-${a.id}`} data-testid="incoming-decline-closed">
              {t('assignments.partner.declineClosed', { date: formatDate(a.declineBy) })}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** An accepted, active customer of the firm. */
export function CurrentRow({ assignment: a }: { assignment: AssignmentRowFragment }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="current-row" data-id={a.id} data-company={a.customer?.companyName ?? ''}>
      <Table.Td>{a.customer ? <CustomerSummary customer={a.customer} /> : t('common.none')}</Table.Td>
      <Month month={a.month} />
      <Lead assignment={a} />
      <When at={a.assignedAt} by={a.assignedByEmail} />
      <When at={a.acceptedAt} by={a.acceptedByEmail} />
    </Table.Tr>
  );
}

/**
 * An ended assignment. Once a customer left the firm the API no longer shows it to the firm; a
 * name this browser already saw (e.g. just declined) is still shown, marked as gone.
 */
export function HistoryRow({ assignment: a }: { assignment: AssignmentRowFragment }) {
  const { t } = useTranslation();
  const { cache } = useApolloClient();
  const seen = a.customer
    ? null
    : cache.readFragment({
        id: cache.identify({ __typename: 'CustomerAccount', id: a.customerId }),
        fragment: AssignmentCustomerFragmentDoc,
      });
  const company = a.customer?.companyName ?? seen?.companyName ?? '';
  return (
    <Table.Tr data-testid="history-row" data-id={a.id} data-status={a.status} data-company={company}>
      <Table.Td>
        {a.customer ? (
          <CustomerSummary customer={a.customer} compact />
        ) : (
          <Stack gap={2}>
            {company ? <Text fw={500}>{company}</Text> : null}
            <Text size="xs" c="dimmed">
              {t('assignments.partner.customerGone')}
            </Text>
          </Stack>
        )}
      </Table.Td>
      <Month month={a.month} />
      <Lead assignment={a} />
      <Table.Td style={NOWRAP}>
        <AssignmentStatusBadge status={a.status} acceptedAt={a.acceptedAt ?? null} />
      </Table.Td>
      <When at={a.endedAt} by={a.endedByEmail} />
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {a.endReason ?? t('common.none')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

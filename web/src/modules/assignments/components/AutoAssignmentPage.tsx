import { Alert, Anchor, Button, Group, Paper, Progress, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconPlayerPlay, IconSparkles } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssignmentCustomerFragment } from '../../../gql/graphql';
import { useCapacityLabels } from '../../capacity/hooks';
import { monthOf, monthsFrom } from '../../capacity/months';
import { FormError } from '../../common/components/FormError';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { useFormatters } from '../../common/hooks/useFormatters';
import { AutoAssignmentCapacityQuery, AutoAssignmentProposalQuery } from '../graphql/assignments';
import { useApplyBatch } from '../hooks/useApplyBatch';
import {
  batchItems,
  firmLoads,
  initialProposal,
  progressPercent,
  proposalReducer,
  type ProposalAction,
  type ProposalRow,
  type ProposalState,
} from '../proposal';
import { ApplyConfirmModal } from './ApplyConfirmModal';
import { ChangeProposalModal, type Placement } from './ChangeProposalModal';
import { ProposalSummary } from './ProposalSummary';
import { ProposalTable } from './ProposalTable';
import { QueueSelection } from './QueueSelection';
import { UnmatchedList } from './UnmatchedList';

/** Proposals are made for this month and the next 5. */
const MONTHS = 6;
/** The API proposes for at most this many customers at once. */
export const SELECTION_MAX = 2000;

type Scope = 'all' | 'selection';

/**
 * Auto-assignment: the best assignment of the queue (or a selection) for a month, reviewed and
 * edited here, then applied in one transaction with its progress shown.
 */
export default function AutoAssignmentPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { monthLabel } = useCapacityLabels();
  const { formatNumber } = useFormatters();
  const months = useMemo(() => monthsFrom(monthOf(new Date()), MONTHS), []);
  const [month, setMonth] = useState(months[0]);
  const [scope, setScope] = useState<Scope>('all');
  const [selected, setSelected] = useState<Map<string, AssignmentCustomerFragment>>(new Map());
  const [proposal, setProposal] = useState<ProposalState | null>(null);
  const [computing, setComputing] = useState(false);
  const [computeError, setComputeError] = useState<string | null>(null);
  const [changing, setChanging] = useState<{ customer: AssignmentCustomerFragment; row: ProposalRow | null } | null>(
    null,
  );
  const [confirming, setConfirming] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [applied, setApplied] = useState<{ count: number; month: string } | null>(null);
  const batch = useApplyBatch();

  const capacity = useQuery(AutoAssignmentCapacityQuery, {
    variables: { month: proposal?.month ?? month },
    skip: !proposal,
    fetchPolicy: 'network-only',
  });
  const calendarFree = useMemo(() => {
    const free: Record<string, number> = {};
    for (const row of capacity.data?.capacityCalendar.rows ?? []) {
      const m = row.months.find((x) => x.month === proposal?.month);
      if (m) free[row.partner.id] = m.free;
    }
    return free;
  }, [capacity.data, proposal?.month]);
  const loads = useMemo(
    () => (proposal ? firmLoads(proposal.rows, calendarFree, proposal.freeSlots) : []),
    [proposal, calendarFree],
  );
  const overloaded = useMemo(() => new Set(loads.filter((l) => l.over).map((l) => l.partnerId)), [loads]);
  const counts = useMemo(() => Object.fromEntries(loads.map((l) => [l.partnerId, l.count])), [loads]);

  const dispatch = (action: ProposalAction) => setProposal((p) => (p ? proposalReducer(p, action) : p));

  async function onCompute() {
    setComputeError(null);
    setApplyError(null);
    setApplied(null);
    batch.resetProgress();
    if (scope === 'selection' && selected.size === 0) return setComputeError(t('assignments.auto.errors.noSelection'));
    if (scope === 'selection' && selected.size > SELECTION_MAX)
      return setComputeError(t('assignments.auto.errors.tooMany', { max: SELECTION_MAX }));
    setComputing(true);
    try {
      const { data } = await client.query({
        query: AutoAssignmentProposalQuery,
        variables: { month, customerIds: scope === 'selection' ? [...selected.keys()] : null },
        fetchPolicy: 'network-only',
      });
      if (data) setProposal(initialProposal(data.autoAssignmentProposal));
    } catch (error) {
      setComputeError(faultMessage(error, t));
    } finally {
      setComputing(false);
    }
  }

  async function onApply() {
    if (!proposal) return;
    setConfirming(false);
    setApplyError(null);
    dispatch({ type: 'clearFailure' });
    const rows = proposal.rows;
    try {
      const result = await batch.run(proposal.month, batchItems(rows));
      if (!result) return;
      switch (result.__typename) {
        case 'AppliedAssignments':
          setApplied({ count: result.assignments.length, month: proposal.month });
          setProposal(null);
          setSelected(new Map());
          break;
        case 'BatchItemFailedError':
          dispatch({ type: 'failed', customerId: result.customerId, row: result.index + 1, message: result.message });
          break;
        default:
          setApplyError(result.message);
      }
    } catch (error) {
      setApplyError(faultMessage(error, t));
    }
  }

  function onPlace(placement: Placement) {
    if (!changing) return;
    dispatch({ type: 'place', customer: changing.customer, ...placement });
    setChanging(null);
  }

  const failedRow = proposal?.failure
    ? proposal.rows.find((r) => r.customer.id === proposal.failure?.customerId)
    : undefined;
  const busy = computing || batch.running;

  return (
    <div data-testid="auto-page">
      <PageHeader
        title={t('assignments.auto.title')}
        actions={
          <Button
            component={Link}
            to="/vendor/assignments"
            variant="default"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            {t('assignments.auto.backToList')}
          </Button>
        }
      />
      <Stack>
        <Paper withBorder radius="md" p="md">
          <Stack>
            <Text size="sm" c="dimmed">
              {t('assignments.auto.intro')}
            </Text>
            <Group align="end" gap="xl" wrap="wrap">
              <Select
                label={t('assignments.auto.month')}
                data={months.map((value) => ({ value, label: monthLabel(value) }))}
                value={month}
                onChange={(value) => value && setMonth(value)}
                allowDeselect={false}
                disabled={busy}
                w={200}
                comboboxProps={{ withinPortal: true }}
                data-testid="auto-month"
              />
              <Radio.Group
                label={t('assignments.auto.scope')}
                value={scope}
                onChange={(value) => setScope(value as Scope)}
              >
                <Group gap="lg" mt={8}>
                  <Radio
                    value="all"
                    label={t('assignments.auto.scopeAll')}
                    disabled={busy}
                    data-testid="auto-scope-all"
                  />
                  <Radio
                    value="selection"
                    label={t('assignments.auto.scopeSelection')}
                    disabled={busy}
                    data-testid="auto-scope-selection"
                  />
                </Group>
              </Radio.Group>
              <Button
                leftSection={<IconSparkles size={16} aria-hidden />}
                loading={computing}
                disabled={batch.running}
                onClick={() => void onCompute()}
                data-testid="auto-compute"
              >
                {t('assignments.auto.compute')}
              </Button>
            </Group>
            {scope === 'selection' ? <QueueSelection selected={selected} onChange={setSelected} /> : null}
            <FormError message={computeError} />
          </Stack>
        </Paper>

        {batch.progress && (batch.running || applied) ? (
          <Paper withBorder radius="md" p="md">
            <Text size="sm" mb={6}>
              {batch.running
                ? t('assignments.auto.applying', { done: batch.progress.done, total: batch.progress.total })
                : t('assignments.auto.appliedProgress', { done: batch.progress.done, total: batch.progress.total })}
            </Text>
            <Progress
              value={progressPercent(batch.progress.done, batch.progress.total)}
              animated={batch.running}
              striped={batch.running}
              size="lg"
              aria-label={t('assignments.auto.progressLabel')}
              data-testid="auto-progress"
              data-done={batch.progress.done}
              data-total={batch.progress.total}
            />
          </Paper>
        ) : null}

        {applied ? (
          <Alert
            color="green"
            icon={<IconCheck size={18} />}
            title={t('assignments.auto.appliedTitle')}
            data-testid="auto-applied"
          >
            <Stack gap={4}>
              <Text size="sm">
                {t('assignments.auto.appliedBody', { count: applied.count, month: monthLabel(applied.month) })}
              </Text>
              <Anchor
                component={Link}
                to={`/vendor/assignments?month=${applied.month}`}
                data-testid="auto-applied-link"
              >
                {t('assignments.auto.appliedLink')}
              </Anchor>
            </Stack>
          </Alert>
        ) : null}

        {proposal ? (
          <>
            <Group justify="space-between" align="end">
              <div>
                <Title order={3}>{t('assignments.auto.proposalTitle')}</Title>
                <Text size="sm" c="dimmed">
                  {t('assignments.auto.proposalFor', {
                    month: monthLabel(proposal.month),
                    count: formatNumber(proposal.rows.length),
                  })}
                </Text>
              </div>
              <Button
                color="green"
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                disabled={proposal.rows.length === 0 || busy}
                loading={batch.running}
                onClick={() => setConfirming(true)}
                data-testid="auto-apply"
              >
                {t('assignments.auto.apply', { count: proposal.rows.length })}
              </Button>
            </Group>
            {proposal.failure ? (
              <Alert
                color="red"
                icon={<IconAlertTriangle size={18} />}
                title={t('assignments.auto.failedTitle')}
                data-testid="auto-failed"
                data-row={proposal.failure.row}
                data-company={failedRow?.customer.companyName ?? ''}
              >
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('assignments.auto.failedRow', {
                      row: proposal.failure.row,
                      company: failedRow?.customer.companyName ?? t('common.none'),
                    })}
                  </Text>
                  <Text size="sm">{proposal.failure.message}</Text>
                  <Text size="sm" c="dimmed">
                    {t('assignments.auto.failedHint')}
                  </Text>
                </Stack>
              </Alert>
            ) : null}
            <FormError message={applyError} />
            {overloaded.size > 0 ? (
              <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="proposal-over-capacity">
                {t('assignments.auto.overCapacity', {
                  firms: loads
                    .filter((l) => l.over)
                    .map((l) => l.name)
                    .join(', '),
                })}
              </Alert>
            ) : null}
            <ProposalSummary proposal={proposal} loads={loads} />
            <Paper withBorder radius="md">
              <ProposalTable
                rows={proposal.rows}
                overloaded={overloaded}
                failedCustomerId={proposal.failure?.customerId ?? null}
                disabled={busy}
                onChange={(row) => setChanging({ customer: row.customer, row })}
                onRemove={(row) => dispatch({ type: 'remove', customerId: row.customer.id })}
              />
            </Paper>
            <UnmatchedList
              unmatched={proposal.unmatched}
              removed={proposal.removed}
              disabled={busy}
              onPlace={(customer) => setChanging({ customer, row: null })}
              onRestore={(row) => dispatch({ type: 'restore', customerId: row.customer.id })}
            />
          </>
        ) : null}
      </Stack>

      {changing && proposal ? (
        <ChangeProposalModal
          customer={changing.customer}
          month={proposal.month}
          current={changing.row ? { partnerId: changing.row.partner.id, leadId: changing.row.lead.id } : null}
          counts={counts}
          onPlace={onPlace}
          onClose={() => setChanging(null)}
        />
      ) : null}
      {confirming && proposal ? (
        <ApplyConfirmModal
          count={proposal.rows.length}
          month={proposal.month}
          overloaded={loads.filter((l) => l.over).map((l) => l.name)}
          onConfirm={() => void onApply()}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}

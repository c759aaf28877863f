import { Alert, Button, Group, Modal, Radio, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentCustomerFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { useFormatters } from '../../common/hooks/useFormatters';
import { ProposalRecommendationsQuery } from '../graphql/assignments';
import type { Named } from '../proposal';
import { CustomerSummary } from './CustomerSummary';

export interface Placement {
  partner: Named;
  lead: { id: string; displayName: string };
  fit: number;
  /** Free slots of every eligible firm, as just loaded. */
  freeSlots: Record<string, number>;
}

interface Props {
  customer: AssignmentCustomerFragment;
  month: string;
  /** The row's firm and lead, if the customer is in the batch. */
  current: { partnerId: string; leadId: string } | null;
  /** Customers per firm in the batch as it stands. */
  counts: Readonly<Record<string, number>>;
  onPlace: (placement: Placement) => void;
  onClose: () => void;
}

/** Picks another eligible firm (and its lead) for one customer of the proposal; nothing is saved yet. */
export function ChangeProposalModal({ customer, month, current, counts, onPlace, onClose }: Props) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const { data, loading, error } = useQuery(ProposalRecommendationsQuery, {
    variables: { customerId: customer.id, month },
    fetchPolicy: 'network-only',
  });
  const eligible = data?.recommendations?.eligible ?? [];
  const [partnerId, setPartnerId] = useState<string | null>(current?.partnerId ?? null);
  const [leadId, setLeadId] = useState<string | null>(current?.leadId ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = eligible.find((r) => r.partner.id === partnerId) ?? null;
  const leads = chosen?.certifiedConsultants ?? [];
  const load = (id: string) => (counts[id] ?? 0) + (id === current?.partnerId ? 0 : 1);
  const overloaded = chosen ? load(chosen.partner.id) > chosen.freeSlots : false;

  function choosePartner(id: string) {
    setPartnerId(id);
    setProblem(null);
    const firm = eligible.find((r) => r.partner.id === id);
    // Keep the lead when it belongs to the firm; otherwise the least loaded certified one.
    if (!firm?.certifiedConsultants.some((c) => c.id === leadId)) setLeadId(firm?.certifiedConsultants[0]?.id ?? null);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const lead = leads.find((c) => c.id === leadId);
    if (!chosen || !lead) {
      setProblem(t(chosen ? 'assignments.change.chooseLead' : 'assignments.change.choosePartner'));
      return;
    }
    onPlace({
      partner: { id: chosen.partner.id, name: chosen.partner.name },
      lead: { id: lead.id, displayName: lead.displayName },
      fit: chosen.score,
      freeSlots: Object.fromEntries(eligible.map((r) => [r.partner.id, r.freeSlots])),
    });
  }

  return (
    <Modal opened onClose={onClose} title={t('assignments.change.title', { company: customer.companyName })} size="xl">
      <form onSubmit={onSubmit} noValidate data-testid="change-form">
        <Stack>
          <CustomerSummary customer={customer} />
          {error ? <ErrorAlert error={error} /> : null}
          {loading && !data ? <Skeleton height={120} aria-label={t('list.loading')} /> : null}
          {data && eligible.length === 0 ? (
            <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="change-no-eligible">
              {t('assignments.change.noEligible')}
            </Alert>
          ) : null}
          {eligible.length > 0 ? (
            <Radio.Group
              value={partnerId}
              onChange={choosePartner}
              label={t('assignments.change.partner')}
              description={t('assignments.change.partnerHelp')}
            >
              <Table mt="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('assignments.change.columns.partner')}</Table.Th>
                    <Table.Th>{t('assignments.change.columns.score')}</Table.Th>
                    <Table.Th>{t('assignments.change.columns.freeSlots')}</Table.Th>
                    <Table.Th>{t('assignments.change.columns.inBatch')}</Table.Th>
                    <Table.Th>{t('assignments.change.columns.leads')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {eligible.map((r) => (
                    <Table.Tr key={r.partner.id} data-testid="change-option" data-partner={r.partner.name}>
                      <Table.Td>
                        <Radio
                          value={r.partner.id}
                          label={r.partner.name}
                          data-testid="change-partner"
                          data-partner={r.partner.name}
                        />
                      </Table.Td>
                      <Table.Td>{formatNumber(r.score)}</Table.Td>
                      <Table.Td>
                        {t('assignments.change.slots', { free: r.freeSlots, offered: r.offeredSlots })}
                      </Table.Td>
                      <Table.Td c={load(r.partner.id) > r.freeSlots ? 'red' : undefined}>
                        {formatNumber(counts[r.partner.id] ?? 0)}
                      </Table.Td>
                      <Table.Td>{formatNumber(r.certifiedConsultants.length)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Radio.Group>
          ) : null}
          {chosen ? (
            <Select
              label={t('assignments.change.lead')}
              description={t('assignments.change.leadHelp')}
              data={leads.map((c) => ({ value: c.id, label: c.displayName }))}
              value={leadId}
              onChange={setLeadId}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="change-lead"
            />
          ) : null}
          {overloaded && chosen ? (
            <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="change-over-capacity">
              {t('assignments.change.overCapacity', {
                partner: chosen.partner.name,
                count: load(chosen.partner.id),
                free: chosen.freeSlots,
              })}
            </Alert>
          ) : null}
          {problem ? (
            <Text c="red" size="sm" role="alert">
              {problem}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={eligible.length === 0} data-testid="change-submit">
              {t('assignments.change.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

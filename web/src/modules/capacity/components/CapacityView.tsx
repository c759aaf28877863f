import { ActionIcon, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconCalendarPlus, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityPlanRowFragment } from '../../../gql/graphql';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { useFormatters } from '../../common/hooks/useFormatters';
import { CapacityOfferHistoryQuery, CapacityPlansQuery, CapacitySummaryQuery } from '../graphql/capacity';
import { useCapacityLabels } from '../hooks';
import { monthOf, utilization } from '../months';
import { CapacityBar } from './CapacityBar';
import { OfferCapacityModal, type OfferDraft } from './OfferCapacityModal';

const SUMMARY_MONTHS = 6;
const PLAN_MONTHS = 12;
const HISTORY_PAGE_SIZE = 10;

interface Props {
  partnerId: string;
  /** Vendor staff, or the firm's own partner admin: may offer and change slots. */
  canOffer: boolean;
}

/** A partner's capacity: the next months' summary, the plans per product line and the offer history. */
export function CapacityView({ partnerId, canOffer }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<OfferDraft | null>(null);
  return (
    <Stack gap="lg" data-testid="capacity-view">
      <Group justify="space-between" align="start" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          {canOffer ? t('capacity.intro.offer') : t('capacity.intro.readOnly')}
        </Text>
        {canOffer ? (
          <Button
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => setDraft({})}
            data-testid="capacity-offer"
          >
            {t('capacity.offer.open')}
          </Button>
        ) : null}
      </Group>
      <CapacitySummaryCard partnerId={partnerId} />
      <CapacityPlansCard partnerId={partnerId} canOffer={canOffer} onEdit={setDraft} />
      <CapacityHistoryCard partnerId={partnerId} />
      {draft ? <OfferCapacityModal partnerId={partnerId} draft={draft} onClose={() => setDraft(null)} /> : null}
    </Stack>
  );
}

function CardTitle({ children }: { children: string }) {
  return (
    <Title order={4} mb="sm">
      {children}
    </Title>
  );
}

function CapacitySummaryCard({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  const { formatNumber } = useFormatters();
  const { data, loading, error } = useQuery(CapacitySummaryQuery, {
    variables: { partnerId, months: SUMMARY_MONTHS },
  });
  const summary = data?.partner?.capacitySummary;
  const scale = Math.max(0, ...(summary?.months ?? []).map((m) => m.offered));
  return (
    <Card withBorder padding="md" data-testid="capacity-summary">
      <CardTitle>{t('capacity.summary.title', { count: SUMMARY_MONTHS })}</CardTitle>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !summary ? <Skeleton height={160} aria-label={t('list.loading')} /> : null}
      {summary ? (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('capacity.columns.month')}</Table.Th>
                  <Table.Th ta="right">{t('capacity.columns.offered')}</Table.Th>
                  <Table.Th ta="right">{t('capacity.columns.consumed')}</Table.Th>
                  <Table.Th ta="right">{t('capacity.columns.free')}</Table.Th>
                  <Table.Th w="40%">{t('capacity.columns.bar')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.months.map((m) => (
                  <Table.Tr key={m.month} data-testid="capacity-summary-row" data-month={m.month}>
                    <Table.Td>{monthLabel(m.month)}</Table.Td>
                    <Table.Td ta="right" data-testid="capacity-summary-offered">
                      {formatNumber(m.offered)}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="capacity-summary-consumed">
                      {formatNumber(m.consumed)}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="capacity-summary-free">
                      {formatNumber(m.free)}
                    </Table.Td>
                    <Table.Td>
                      <CapacityBar offered={m.offered} consumed={m.consumed} free={m.free} scale={scale} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-testid="capacity-summary-total">
                  <Table.Th>{t('capacity.summary.total')}</Table.Th>
                  <Table.Th ta="right" data-testid="capacity-total-offered">
                    {formatNumber(summary.totalOffered)}
                  </Table.Th>
                  <Table.Th ta="right" data-testid="capacity-total-consumed">
                    {formatNumber(summary.totalConsumed)}
                  </Table.Th>
                  <Table.Th ta="right" data-testid="capacity-total-free">
                    {formatNumber(summary.totalFree)}
                  </Table.Th>
                  <Table.Th>
                    <Text size="sm" c="dimmed" fw={400}>
                      {t('capacity.summary.utilization', {
                        percent: utilization(summary.totalOffered, summary.totalConsumed),
                      })}
                    </Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <Group gap="md" mt="xs">
            <Group gap={6}>
              <Badge color="blue" variant="filled" size="xs" circle>
                {' '}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('capacity.legend.consumed')}
              </Text>
            </Group>
            <Group gap={6}>
              <Badge color="teal" variant="filled" size="xs" circle>
                {' '}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('capacity.legend.free')}
              </Text>
            </Group>
          </Group>
          <Text size="xs" c="dimmed" mt="xs">
            {t('capacity.summary.consumedNote')}
          </Text>
        </>
      ) : null}
    </Card>
  );
}

function CapacityPlansCard({
  partnerId,
  canOffer,
  onEdit,
}: {
  partnerId: string;
  canOffer: boolean;
  onEdit: (draft: OfferDraft) => void;
}) {
  const { t } = useTranslation();
  const { monthLabel, productLineLabel } = useCapacityLabels();
  const { formatNumber, formatDateTime } = useFormatters();
  const { data, loading, error } = useQuery(CapacityPlansQuery, {
    variables: { partnerId, fromMonth: monthOf(new Date()), months: PLAN_MONTHS },
  });
  const plans: CapacityPlanRowFragment[] = data?.capacityPlans ?? [];
  const columns = canOffer ? 7 : 6;
  return (
    <Card withBorder padding="md" data-testid="capacity-plans">
      <CardTitle>{t('capacity.plans.title')}</CardTitle>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !data ? (
        <Skeleton height={120} aria-label={t('list.loading')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('capacity.columns.month')}</Table.Th>
                <Table.Th>{t('capacity.columns.productLine')}</Table.Th>
                <Table.Th ta="right">{t('capacity.columns.offered')}</Table.Th>
                <Table.Th ta="right">{t('capacity.columns.consumed')}</Table.Th>
                <Table.Th ta="right">{t('capacity.columns.free')}</Table.Th>
                <Table.Th>{t('capacity.columns.updated')}</Table.Th>
                {canOffer ? <Table.Th aria-label={t('capacity.columns.actions')} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.length === 0 ? <EmptyRows colSpan={columns} message={t('capacity.plans.empty')} /> : null}
              {plans.map((plan) => (
                <Table.Tr key={plan.id} data-testid="capacity-plan-row" data-month={plan.month}>
                  <Table.Td>{monthLabel(plan.month)}</Table.Td>
                  <Table.Td data-testid="capacity-plan-product-line">{productLineLabel(plan.productLine)}</Table.Td>
                  <Table.Td ta="right" data-testid="capacity-plan-offered">
                    {formatNumber(plan.slotsOffered)}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(plan.slotsConsumed)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(plan.slotsFree)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(plan.updatedAt)}</Text>
                    {plan.updatedByEmail ? (
                      <Text size="xs" c="dimmed">
                        {plan.updatedByEmail}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {canOffer ? (
                    <Table.Td>
                      <Tooltip label={t('capacity.plans.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('capacity.plans.edit')}
                          onClick={() =>
                            onEdit({
                              month: plan.month,
                              productLine: plan.productLine ?? null,
                              slots: plan.slotsOffered,
                            })
                          }
                          data-testid="capacity-plan-edit"
                        >
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function CapacityHistoryCard({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const { monthLabel, productLineLabel } = useCapacityLabels();
  const { formatNumber, formatDateTime } = useFormatters();
  const [page, setPage] = useState(1);
  const { data, loading, error } = useQuery(CapacityOfferHistoryQuery, {
    variables: { partnerId, skip: (page - 1) * HISTORY_PAGE_SIZE, take: HISTORY_PAGE_SIZE },
  });
  const history = data?.capacityOfferHistory;
  const items = history?.items ?? [];
  return (
    <Card withBorder padding="md" data-testid="capacity-history">
      <CardTitle>{t('capacity.history.title')}</CardTitle>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !data ? (
        <Skeleton height={120} aria-label={t('list.loading')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('capacity.columns.changedAt')}</Table.Th>
                  <Table.Th>{t('capacity.columns.month')}</Table.Th>
                  <Table.Th>{t('capacity.columns.productLine')}</Table.Th>
                  <Table.Th>{t('capacity.columns.change')}</Table.Th>
                  <Table.Th>{t('capacity.columns.changedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 ? <EmptyRows colSpan={5} message={t('capacity.history.empty')} /> : null}
                {items.map((entry) => (
                  <Table.Tr key={entry.id} data-testid="capacity-history-entry" data-month={entry.month}>
                    <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                    <Table.Td>{monthLabel(entry.month)}</Table.Td>
                    <Table.Td>{productLineLabel(entry.productLine)}</Table.Td>
                    <Table.Td data-testid="capacity-history-change">
                      {entry.previousSlots === null || entry.previousSlots === undefined
                        ? t('capacity.history.first', { slots: formatNumber(entry.newSlots) })
                        : t('capacity.history.changed', {
                            from: formatNumber(entry.previousSlots),
                            to: formatNumber(entry.newSlots),
                          })}
                    </Table.Td>
                    <Table.Td data-testid="capacity-history-by">{entry.changedByEmail ?? t('common.none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {history && history.totalItems > HISTORY_PAGE_SIZE ? (
            <ListFooter page={page} pageSize={HISTORY_PAGE_SIZE} total={history.totalItems} onPage={setPage} />
          ) : null}
        </>
      )}
    </Card>
  );
}

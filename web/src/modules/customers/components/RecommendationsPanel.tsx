import {
  Accordion,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerRecommendationsQuery } from '../../../gql/graphql';
import { useCapacityLabels } from '../../capacity/hooks';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PartnerTierBadge } from '../../partners/components/PartnerTierBadge';
import { CustomerRecommendationsQuery as RecommendationsQuery } from '../graphql/customers';
import { formatPoints, recommendationMonths, scoreColor } from '../recommendations';
import { ScoreExplanation } from './ScoreExplanation';

export type Recommendation = NonNullable<CustomerRecommendationsQuery['recommendations']>['eligible'][number];

interface Props {
  customerId: string;
  month: string;
  onMonth: (month: string) => void;
  onAssign: (recommendation: Recommendation) => void;
}

const COLUMNS = 7;

/** Firms ranked by fit for a queued customer in a month, each with why, and those that cannot take it. */
export function RecommendationsPanel({ customerId, month, onMonth, onAssign }: Props) {
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  const { data, previousData, loading, error } = useQuery(RecommendationsQuery, {
    variables: { customerId, month },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.recommendations;
  const [open, setOpen] = useState<string | null>(null);
  const months = recommendationMonths(new Date()).map((value) => ({ value, label: monthLabel(value) }));

  return (
    <Paper withBorder radius="md" p="md" data-testid="recommendations">
      <Stack gap="sm">
        <Group justify="space-between" align="end" wrap="wrap">
          <Stack gap={2}>
            <Title order={4}>{t('customers.recommendations.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('customers.recommendations.intro')}
            </Text>
          </Stack>
          <Select
            label={t('customers.recommendations.month')}
            data={months}
            value={month}
            onChange={(value) => value && onMonth(value)}
            allowDeselect={false}
            w={180}
            comboboxProps={{ withinPortal: true }}
            data-testid="recommendation-month"
          />
        </Group>
        {error ? <ErrorAlert error={error} /> : null}
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" aria-label={t('customers.recommendations.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>{t('customers.recommendations.rank')}</Table.Th>
                <Table.Th>{t('customers.recommendations.firm')}</Table.Th>
                <Table.Th>{t('customers.recommendations.tier')}</Table.Th>
                <Table.Th w={200}>{t('customers.recommendations.score')}</Table.Th>
                <Table.Th>{t('customers.recommendations.slots')}</Table.Th>
                <Table.Th>{t('customers.recommendations.certified')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!result && loading ? (
                <Table.Tr>
                  <Table.Td colSpan={COLUMNS}>
                    <Skeleton height={24} aria-label={t('list.loading')} />
                  </Table.Td>
                </Table.Tr>
              ) : !result || result.eligible.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={COLUMNS}>
                    <Text c="dimmed" ta="center" py="md" data-testid="recommendations-empty">
                      {t('customers.recommendations.none', { month: monthLabel(month) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                result.eligible.map((r, index) => {
                  const expanded = open === r.partner.id;
                  const score = formatPoints(r.score);
                  return (
                    <Fragment key={r.partner.id}>
                      <Table.Tr
                        data-testid="recommendation-row"
                        data-partner-id={r.partner.id}
                        data-partner-name={r.partner.name}
                        data-score={r.score}
                      >
                        <Table.Td>{index + 1}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/vendor/partners/${r.partner.id}`} fw={500} size="sm">
                            {r.partner.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <PartnerTierBadge tier={r.partner.tier} />
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Progress
                              value={Math.max(0, Math.min(100, r.score))}
                              color={scoreColor(r.score)}
                              size="lg"
                              w={120}
                              aria-label={t('customers.recommendations.scoreLabel', { score })}
                            />
                            <Text size="sm" fw={600} data-testid="recommendation-score">
                              {score}
                            </Text>
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" data-testid="recommendation-slots">
                            {t('customers.recommendations.slotsValue', { free: r.freeSlots, offered: r.offeredSlots })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Tooltip
                            label={r.certifiedConsultants.map((c) => c.displayName).join(', ')}
                            disabled={r.certifiedConsultants.length === 0}
                            withinPortal
                          >
                            <Text size="sm">{r.certifiedConsultants.length}</Text>
                          </Tooltip>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" justify="flex-end" wrap="nowrap">
                            <Button
                              variant="subtle"
                              size="xs"
                              leftSection={
                                expanded ? (
                                  <IconChevronDown size={14} aria-hidden />
                                ) : (
                                  <IconChevronRight size={14} aria-hidden />
                                )
                              }
                              aria-expanded={expanded}
                              onClick={() => setOpen(expanded ? null : r.partner.id)}
                              data-testid="recommendation-explain"
                            >
                              {t('customers.recommendations.explain')}
                            </Button>
                            <Button size="xs" onClick={() => onAssign(r)} data-testid="recommendation-assign">
                              {t('customers.recommendations.assign')}
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                      {expanded ? (
                        <Table.Tr data-testid="recommendation-explanation">
                          <Table.Td />
                          <Table.Td colSpan={COLUMNS - 1}>
                            <ScoreExplanation components={r.components} score={r.score} />
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {result && result.ineligible.length > 0 ? <IneligibleList firms={result.ineligible} /> : null}
      </Stack>
    </Paper>
  );
}

type Ineligible = NonNullable<CustomerRecommendationsQuery['recommendations']>['ineligible'];

function IneligibleList({ firms }: { firms: Ineligible }) {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" chevronPosition="left" data-testid="ineligible">
      <Accordion.Item value="ineligible">
        <Accordion.Control data-testid="ineligible-toggle">
          {t('customers.recommendations.ineligibleTitle', { n: firms.length })}
        </Accordion.Control>
        <Accordion.Panel>
          <Table verticalSpacing={4} aria-label={t('customers.recommendations.ineligibleTitle', { n: firms.length })}>
            <Table.Tbody>
              {firms.map((firm) => (
                <Table.Tr
                  key={firm.partner.id}
                  data-testid="ineligible-row"
                  data-partner-id={firm.partner.id}
                  data-partner-name={firm.partner.name}
                  data-reasons={firm.reasons.join(' ')}
                >
                  <Table.Td>
                    <Anchor component={Link} to={`/vendor/partners/${firm.partner.id}`} size="sm">
                      {firm.partner.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {firm.reasons.map((reason) => (
                        <Badge key={reason} variant="light" color="gray" style={{ textTransform: 'none' }}>
                          {t(`customers.ineligible.${reason}`, { defaultValue: reason })}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

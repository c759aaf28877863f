import { useQuery } from '@apollo/client/react';
import { Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { EmptyRows } from '../../common/components/EmptyRows';
import { useFormatters } from '../../common/hooks/useFormatters';
import { PartnerTierBadge } from '../../partners/components/PartnerTierBadge';
import { TierStandingQuery } from '../graphql/tiers';
import { tierName } from '../tier-model';
import { NextTierGaps } from './NextTierGaps';
import { TierEvidenceTable } from './TierEvidenceTable';

/** A firm's tier, its latest evidence against every tier, what the next one needs, and its tier history. */
export function TierStandingView({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  const { data, loading, error } = useQuery(TierStandingQuery, { variables: { partnerId } });
  if (error) return <ErrorAlert error={error} />;
  const standing = data?.tierStanding;
  if (!standing) return loading ? <Loader size="sm" /> : <Text c="dimmed">{t('tiers.standing.none')}</Text>;
  const current = standing.definitions.find((d) => d.tier === standing.tier);
  const next = standing.definitions.find((d) => d.tier === standing.nextTier);
  const history = data.partnerTierHistory;

  return (
    <Stack gap="md" data-testid="tier-standing">
      <Card withBorder>
        <Group gap="md">
          <span data-testid="tier-standing-current">
            <PartnerTierBadge tier={standing.tier} size="md" />
          </span>
          {current ? <Title order={3}>{tierName(current, i18n.language)}</Title> : null}
        </Group>
        <Text size="sm" c="dimmed" mt="xs">
          {t('tiers.standing.period', { from: formatDate(standing.periodFrom), to: formatDate(standing.periodTo) })}
          {' · '}
          {t('tiers.standing.met', { tier: standing.metTier })}
        </Text>
      </Card>
      <NextTierGaps
        nextTier={standing.nextTier ?? null}
        nextName={next ? tierName(next, i18n.language) : null}
        gaps={standing.gaps}
      />
      <TierEvidenceTable
        evidence={standing.evidence}
        definitions={standing.definitions}
        highlight={standing.nextTier}
      />
      <Title order={4}>{t('tiers.history.title')}</Title>
      <Table striped data-testid="tier-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tiers.history.effectiveFrom')}</Table.Th>
            <Table.Th>{t('tiers.history.tier')}</Table.Th>
            <Table.Th>{t('tiers.history.previous')}</Table.Th>
            <Table.Th>{t('tiers.history.changedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.length === 0 ? (
            <EmptyRows colSpan={4} message={t('tiers.history.empty')} />
          ) : (
            history.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{formatDate(h.effectiveFrom)}</Table.Td>
                <Table.Td>
                  <PartnerTierBadge tier={h.tier} />
                </Table.Td>
                <Table.Td>
                  <PartnerTierBadge tier={h.previousTier} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{h.changedByEmail ?? t('common.none')}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(h.changedAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TierReviewsQuery } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { FigureTable, type FigureColumn } from '../../kpi/components/FigureTable';
import { PartnerTierBadge } from '../../partners/components/PartnerTierBadge';

type Review = TierReviewsQuery['tierReviews'][number];

/** Tier reviews, sortable and exportable; each opens its review page under `root`. */
export function TierReviewsTable({
  reviews,
  root,
  testId = 'tier-reviews',
}: {
  reviews: readonly Review[];
  root: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  const columns: FigureColumn<Review>[] = [
    {
      key: 'partner',
      label: t('tiers.reviews.partner'),
      value: (r) => r.partner?.name ?? '',
      render: (r) => (
        <Anchor component={Link} to={`${root}/reviews/${r.id}`} data-testid={`review-link-${r.partner?.id}`}>
          {r.partner?.name}
        </Anchor>
      ),
    },
    {
      key: 'period',
      label: t('tiers.reviews.period'),
      value: (r) => `${r.periodFrom} – ${r.periodTo}`,
      render: (r) => `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}`,
    },
    {
      key: 'status',
      label: t('tiers.reviews.status'),
      value: (r) => t(`tiers.status.${r.status}`),
      render: (r) => (
        <Badge variant="light" color={r.status === 'OPEN' ? 'orange' : 'gray'} style={{ textTransform: 'none' }}>
          {t(`tiers.status.${r.status}`)}
        </Badge>
      ),
    },
    {
      key: 'previous',
      label: t('tiers.reviews.previous'),
      value: (r) => r.previousTier ?? null,
      render: (r) => <PartnerTierBadge tier={r.previousTier} />,
    },
    {
      key: 'proposed',
      label: t('tiers.reviews.proposed'),
      value: (r) => r.proposedTier,
      render: (r) => <PartnerTierBadge tier={r.proposedTier} />,
    },
    {
      key: 'decided',
      label: t('tiers.reviews.decided'),
      value: (r) => r.decidedTier ?? null,
      render: (r) =>
        r.decision ? (
          <>
            <PartnerTierBadge tier={r.decidedTier} /> {t(`tiers.decision.${r.decision}`)}
          </>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'opened',
      label: t('tiers.reviews.opened'),
      value: (r) => r.openedAt,
      render: (r) => formatDateTime(r.openedAt),
    },
    {
      key: 'finalized',
      label: t('tiers.reviews.finalized'),
      value: (r) => r.finalizedAt ?? null,
      render: (r) =>
        r.finalizedAt ? `${formatDateTime(r.finalizedAt)} · ${r.decidedByEmail ?? ''}` : t('common.none'),
    },
  ];
  return (
    <FigureTable testId={testId} rows={reviews} columns={columns} rowKey={(r) => r.id} csvName="tier-reviews.csv" />
  );
}

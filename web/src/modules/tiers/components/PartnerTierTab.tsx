import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { TierReviewsQuery } from '../graphql/tiers';
import { TierReviewsTable } from './TierReviewsTable';
import { TierStandingView } from './TierStandingView';

/** The tier tab of a partner page: its standing and, for vendor staff and auditors, its review history. */
export function PartnerTierTab({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const experience = experienceOfRole(useSession().role);
  const program = experience !== 'partner';
  const { data } = useQuery(TierReviewsQuery, { variables: { partnerId }, skip: !program });
  return (
    <Stack gap="md">
      <TierStandingView partnerId={partnerId} />
      {program && data ? (
        <>
          <Title order={4}>{t('tiers.reviews.history')}</Title>
          <TierReviewsTable reviews={data.tierReviews} root={`/${experience}`} testId="partner-tier-reviews" />
        </>
      ) : null}
    </Stack>
  );
}

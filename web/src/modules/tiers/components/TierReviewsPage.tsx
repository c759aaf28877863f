import { useQuery } from '@apollo/client/react';
import { Button, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TierReviewStatus } from '../../../gql/graphql';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PageHeader } from '../../common/components/PageHeader';
import { TierReviewsQuery } from '../graphql/tiers';
import { TierReviewsTable } from './TierReviewsTable';

const STATUSES = ['OPEN', 'FINALIZED', 'ALL'] as const;

/** Every tier review (vendor console and auditor view), filtered by status and cycle in the URL. */
export default function TierReviewsPage() {
  const { t } = useTranslation();
  const user = useSession();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? params.get('status')! : 'ALL';
  const cycleId = params.get('cycle');
  const { data, loading, error } = useQuery(TierReviewsQuery, {
    variables: { status: status === 'ALL' ? null : (status as TierReviewStatus), cycleId },
    fetchPolicy: 'cache-and-network',
  });
  const set = (key: string, value: string | null) =>
    setParams((p) => {
      if (value === null) p.delete(key);
      else p.set(key, value);
      return p;
    });

  return (
    <Stack gap="md" data-testid="tier-reviews-page">
      <PageHeader title={t('tiers.reviews.title')} />
      <Group gap="md" wrap="wrap">
        <SegmentedControl
          value={status}
          onChange={(v) => set('status', v)}
          data={STATUSES.map((s) => ({ value: s, label: t(`tiers.status.${s}`) }))}
          data-testid="tier-reviews-status"
        />
        {cycleId ? (
          <Button variant="light" size="xs" rightSection={<IconX size={12} />} onClick={() => set('cycle', null)}>
            {t('tiers.reviews.oneCycle')}
          </Button>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && loading ? <Loader size="sm" /> : null}
      {data ? <TierReviewsTable reviews={data.tierReviews} root={`/${experienceOfRole(user.role)}`} /> : null}
      <Text size="xs" c="dimmed">
        {t('tiers.reviews.note')}
      </Text>
    </Stack>
  );
}

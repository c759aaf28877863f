import { useQuery } from '@apollo/client/react';
import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { TierReviewsQuery } from '../graphql/tiers';
import { TierReviewsTable } from './TierReviewsTable';

/** The auditor's work: the open reviews, oldest first to decide. */
export default function ReviewQueue() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TierReviewsQuery, {
    variables: { status: 'OPEN' },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return loading ? <Loader size="sm" /> : null;
  const queue = [...data.tierReviews].reverse();
  return (
    <Stack gap="sm" data-testid="review-queue">
      <Title order={3}>{t('tiers.queue.title')}</Title>
      <Text size="sm" c="dimmed">
        {queue.length === 0 ? t('tiers.queue.empty') : t('tiers.queue.intro', { count: queue.length })}
      </Text>
      {queue.length > 0 ? <TierReviewsTable reviews={queue} root="/auditor" testId="review-queue-table" /> : null}
    </Stack>
  );
}

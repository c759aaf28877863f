import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconListSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '@baton/shared';
import { Link, useParams } from 'react-router';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { useFormatters } from '../../common/hooks/useFormatters';
import { PartnerTierBadge } from '../../partners/components/PartnerTierBadge';
import { TierReviewQuery } from '../graphql/tiers';
import { DecisionForm } from './DecisionForm';
import { EvidenceRows } from './EvidenceRows';
import { TierEvidenceTable } from './TierEvidenceTable';

/** One tier review: its frozen evidence against the tiers it was judged by, the rows beneath, the decision. */
export default function TierReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useSession();
  const root = `/${experienceOfRole(user.role)}`;
  const { formatDate, formatDateTime } = useFormatters();
  const [drill, setDrill] = useState(false);
  const { data, loading, error } = useQuery(TierReviewQuery, { variables: { id } });
  if (error) return <ErrorAlert error={error} />;
  const review = data?.tierReview;
  if (!review) return loading ? <Loader size="sm" /> : <Alert color="gray">{t('tiers.review.notFound')}</Alert>;
  const open = review.status === 'OPEN';

  return (
    <Stack gap="md" data-testid="tier-review-page">
      <Anchor component={Link} to={`${root}/reviews`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('tiers.review.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={2} data-testid="tier-review-partner">
            {review.partner ? (
              <Anchor component={Link} to={`${root}/partners/${review.partner.id}`} inherit>
                {review.partner.name}
              </Anchor>
            ) : null}
          </Title>
          <Text c="dimmed">
            {t('tiers.review.period', { from: formatDate(review.periodFrom), to: formatDate(review.periodTo) })}
          </Text>
        </Stack>
        <Badge
          size="lg"
          variant="light"
          color={open ? 'orange' : 'gray'}
          data-testid="tier-review-status"
          style={{ textTransform: 'none' }}
        >
          {t(`tiers.status.${review.status}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('tiers.reviews.previous')}
          </Text>
          <PartnerTierBadge tier={review.previousTier} size="md" />
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('tiers.reviews.proposed')}
          </Text>
          <span data-testid="tier-review-proposed">
            <PartnerTierBadge tier={review.proposedTier} size="md" />
          </span>
        </Card>
        <Card withBorder data-testid="tier-review-decision">
          <Text size="sm" c="dimmed">
            {t('tiers.reviews.decided')}
          </Text>
          {review.decision ? (
            <Stack gap={2}>
              <Group gap="xs">
                <PartnerTierBadge tier={review.decidedTier} size="md" />
                <Text size="sm">{t(`tiers.decision.${review.decision}`)}</Text>
              </Group>
              {review.reason ? <Text size="sm">{review.reason}</Text> : null}
              <Text size="xs" c="dimmed">
                {t('tiers.review.decidedBy', {
                  who: review.decidedByEmail ?? '',
                  when: review.finalizedAt ? formatDateTime(review.finalizedAt) : '',
                  from: review.effectiveFrom ? formatDate(review.effectiveFrom) : '',
                })}
              </Text>
            </Stack>
          ) : (
            <Text size="sm">{t('tiers.review.awaiting')}</Text>
          )}
        </Card>
      </SimpleGrid>
      <Title order={4}>{t('tiers.review.evidence')}</Title>
      <Text size="sm" c="dimmed">
        {t('tiers.review.frozen', { when: formatDateTime(review.openedAt), who: review.openedByEmail ?? '' })}
      </Text>
      <TierEvidenceTable evidence={review.evidence} definitions={review.definitions} highlight={review.proposedTier} />
      {open && user.role === 'AUDITOR' ? (
        <DecisionForm
          reviewId={review.id}
          proposedTier={review.proposedTier}
          defaultEffectiveFrom={addDays(review.periodTo, 1)}
        />
      ) : null}
      {drill ? (
        <EvidenceRows reviewId={review.id} projectsPath={user.role === 'AUDITOR' ? null : `${root}/projects`} />
      ) : (
        <Group>
          <Button
            variant="light"
            leftSection={<IconListSearch size={16} />}
            onClick={() => setDrill(true)}
            data-testid="evidence-drill"
          >
            {t('tiers.review.drill')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

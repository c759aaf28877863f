import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationScorecardFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { isDecided } from '../criteria';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';

interface Props {
  application: ApplicationScorecardFragment;
  /** Where partner pages live for this viewer, e.g. `/vendor/partners`. */
  partnersRoot: string;
}

/** The decision, read-only: approved (with the firm it created) or rejected with the reason. */
export function DecisionCard({ application, partnersRoot }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const decided = isDecided(application.status);
  return (
    <Card withBorder radius="md" padding="lg" data-testid="application-decision">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('applications.decision.title')}
        </Title>
        <ApplicationStatusBadge status={application.status} />
      </Group>
      {!decided ? (
        <Text c="dimmed" data-testid="application-decision-pending">
          {t('applications.decision.pending')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm" data-testid="application-decision-by">
            {application.decidedByEmail
              ? t('applications.decision.by', {
                  email: application.decidedByEmail,
                  date: application.decidedAt ? formatDateTime(application.decidedAt) : '',
                })
              : application.decidedAt
                ? formatDateTime(application.decidedAt)
                : null}
          </Text>
          <div>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {application.status === 'REJECTED' ? t('applications.decision.reason') : t('applications.decision.note')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="application-decision-reason">
              {application.decisionReason || t('common.none')}
            </Text>
          </div>
          {application.createdPartner ? (
            <Group gap="xs">
              <Text size="sm">{t('applications.decision.createdPartner')}</Text>
              <Anchor
                component={Link}
                to={`${partnersRoot}/${application.createdPartner.id}`}
                data-testid="application-created-partner"
              >
                {application.createdPartner.name}
              </Anchor>
            </Group>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}

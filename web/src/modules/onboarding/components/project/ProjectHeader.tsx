import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUserX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectPageDetailFragment } from '../../../../gql/graphql';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { localDay } from '../../project-dates';
import { ProjectHealthBadge } from './ProjectHealthBadge';

interface Props {
  project: ProjectPageDetailFragment;
  /** Vendor users open the customer's page from the name. */
  linkCustomer: boolean;
  onChurn?: () => void;
}

/** Who the onboarding is for and by whom, since when, and how it stands. */
export function ProjectHeader({ project, linkCustomer, onChurn }: Props) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  const none = t('common.none');
  const company = project.customer?.companyName ?? none;
  const team = project.team.map((c) => c.displayName).join(t('onboarding.listSeparator'));

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="start" wrap="wrap">
        <Group gap="sm" align="center">
          <Title order={2} data-testid="project-customer">
            {linkCustomer && project.customer ? (
              <Anchor component={Link} to={`/vendor/customers/${project.customer.id}`} inherit>
                {company}
              </Anchor>
            ) : (
              company
            )}
          </Title>
          <ProjectHealthBadge health={project.health} testId="project-health" />
        </Group>
        {onChurn ? (
          <Button
            color="red"
            variant="light"
            leftSection={<IconUserX size={16} aria-hidden />}
            onClick={onChurn}
            data-testid="project-churn"
          >
            {t('onboarding.churn.open')}
          </Button>
        ) : null}
      </Group>
      {project.health === 'CHURNED' ? (
        <Alert
          color="gray"
          icon={<IconUserX size={18} />}
          title={t('onboarding.churn.churnedTitle')}
          data-testid="project-churned"
        >
          <Text size="sm" data-testid="project-churn-reason">
            {project.churnReason ?? none}
          </Text>
          {project.churnedAt ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('onboarding.byAt', { at: formatDateTime(project.churnedAt), by: project.churnedByEmail ?? none })}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact label={t('onboarding.columns.partner')} testId="project-partner">
            {project.partner?.name ?? none}
          </Fact>
          <Fact label={t('onboarding.columns.lead')} testId="project-lead">
            {project.leadConsultant?.displayName ?? none}
          </Fact>
          <Fact label={t('onboarding.team.title')} testId="project-team">
            {team || none}
          </Fact>
          <Fact label={t('onboarding.columns.startDate')} testId="project-start">
            {formatDate(localDay(project.startDate))}
          </Fact>
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}

function Fact({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

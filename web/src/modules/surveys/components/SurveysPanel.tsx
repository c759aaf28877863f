import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ProjectSurveysQuery } from '../graphql/surveys';
import { summarizeSurveys } from '../survey-list';
import { SurveyItem } from './SurveyItem';

/**
 * The customer surveys of one project (project page, vendor and partner alike): what each followed,
 * when it was created and expires, its status and answers, and the link of a waiting one to pass
 * on to the customer contact — Baton sends no e-mail.
 */
export function SurveysPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProjectSurveysQuery, {
    variables: { id: projectId },
    fetchPolicy: 'cache-and-network',
  });
  const project = data?.onboardingProject;

  // Completing a phase elsewhere on the page (refetched into the shared cache) may create a survey.
  const completion = project?.phases.map((p) => `${p.id}:${p.completedOn ?? ''}`).join('|');
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (completion === undefined) return;
    if (seen.current !== undefined && seen.current !== completion) void refetch();
    seen.current = completion;
  }, [completion, refetch]);

  const surveys = project?.surveys ?? [];
  const summary = summarizeSurveys(surveys);
  const now = new Date();

  let body;
  if (loading && !data) {
    body = (
      <Stack gap="xs" aria-label={t('list.loading')}>
        <Skeleton height={72} />
        <Skeleton height={72} />
      </Stack>
    );
  } else if (error && !data) {
    body = <ErrorAlert error={error} />;
  } else if (surveys.length === 0) {
    body = (
      <Group gap="xs" wrap="nowrap" data-testid="surveys-empty">
        <IconInfoCircle size={18} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('surveys.panel.empty')}
        </Text>
      </Group>
    );
  } else {
    body = (
      <Stack gap="sm">
        {surveys.map((survey) => (
          <SurveyItem key={survey.id} survey={survey} phases={project?.phases ?? []} now={now} />
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="surveys-panel" data-count={project ? surveys.length : undefined}>
      <Group justify="space-between" mb={4} wrap="wrap">
        <Title order={3} size="h4">
          {t('surveys.panel.title')}
        </Title>
        {summary.answered > 0 ? (
          <Group
            gap="xs"
            data-testid="surveys-summary"
            data-answered={summary.answered}
            data-csat={summary.csatAverage}
            data-nps={summary.npsScore}
          >
            <Badge variant="light" color="gray">
              {t('surveys.panel.summaryAnswered', { answered: summary.answered, total: summary.total })}
            </Badge>
            <Badge variant="light" color="yellow">
              {t('surveys.panel.summaryCsat', { value: summary.csatAverage })}
            </Badge>
            <Badge variant="light" color="blue">
              {t('surveys.panel.summaryNps', {
                value: summary.npsScore !== null && summary.npsScore > 0 ? `+${summary.npsScore}` : summary.npsScore,
              })}
            </Badge>
          </Group>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('surveys.panel.intro')}
      </Text>
      {body}
    </Paper>
  );
}

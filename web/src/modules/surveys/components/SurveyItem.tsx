import { Badge, Button, Code, CopyButton, Group, Paper, Rating, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProjectSurveyFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import {
  absoluteSurveyUrl,
  npsBand,
  surveyStatus,
  surveySubject,
  type NpsBand,
  type SurveyStatus,
} from '../survey-list';

const STATUS_COLOR: Record<SurveyStatus, string> = { WAITING: 'blue', ANSWERED: 'teal', EXPIRED: 'gray' };
const BAND_COLOR: Record<NpsBand, string> = { PROMOTER: 'teal', PASSIVE: 'yellow', DETRACTOR: 'red' };

interface Props {
  survey: ProjectSurveyFieldsFragment;
  phases: readonly { position: number; nameEn: string; nameJa: string }[];
  now: Date;
}

/** One survey of the project: what it followed, its dates and status, then its answers or its link. */
export function SurveyItem({ survey, phases, now }: Props) {
  const { t, i18n } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  const status = surveyStatus(survey, now);
  const subject = surveySubject(survey, phases, i18n.language);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid="survey-item"
      data-id={survey.id}
      data-kind={survey.kind}
      data-phase={survey.phasePosition ?? undefined}
      data-status={status}
    >
      <Group justify="space-between" wrap="wrap" gap="xs" mb={4}>
        <Text fw={600}>{t(subject.messageKey, subject.values)}</Text>
        <Badge color={STATUS_COLOR[status]} variant="light" data-testid="survey-status">
          {t(`surveys.status.${status}`)}
        </Badge>
      </Group>
      <Group gap="md" wrap="wrap">
        <Text size="xs" c="dimmed">
          {t('surveys.panel.created', { date: formatDate(survey.createdAt) })}
        </Text>
        {status === 'ANSWERED' && survey.answeredAt ? (
          <Text size="xs" c="dimmed">
            {t('surveys.panel.answeredAt', { date: formatDateTime(survey.answeredAt) })}
          </Text>
        ) : (
          <Text size="xs" c={status === 'EXPIRED' ? 'dimmed' : undefined} data-testid="survey-expiry">
            {t(status === 'EXPIRED' ? 'surveys.panel.expired' : 'surveys.panel.expires', {
              date: formatDateTime(survey.expiresAt),
            })}
          </Text>
        )}
      </Group>
      {status === 'ANSWERED' ? <Answers survey={survey} /> : null}
      {status === 'WAITING' ? <LinkToPass link={survey.link} /> : null}
    </Paper>
  );
}

function Answers({ survey }: { survey: ProjectSurveyFieldsFragment }) {
  const { t } = useTranslation();
  const csat = survey.csat ?? 0;
  const nps = survey.nps ?? 0;
  return (
    <Stack gap="xs" mt="sm">
      <Group gap="xl" wrap="wrap">
        <Group gap="xs" wrap="nowrap" data-testid="survey-answer-csat" data-value={survey.csat ?? undefined}>
          <Text size="sm" fw={600}>
            {t('surveys.panel.csat')}
          </Text>
          <Rating value={csat} count={5} readOnly size="sm" aria-hidden />
          <Text size="sm">{t('surveys.panel.csatValue', { value: csat, max: 5 })}</Text>
        </Group>
        <Group gap="xs" wrap="nowrap" data-testid="survey-answer-nps" data-value={survey.nps ?? undefined}>
          <Text size="sm" fw={600}>
            {t('surveys.panel.nps')}
          </Text>
          <Badge color={BAND_COLOR[npsBand(nps)]} variant="light" size="lg">
            {t('surveys.panel.npsValue', { value: nps, max: 10 })}
          </Badge>
          <Text size="xs" c="dimmed">
            {t(`surveys.band.${npsBand(nps)}`)}
          </Text>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <AnswerText label={t('surveys.panel.worries')} text={survey.worries} testId="survey-answer-worries" />
        <AnswerText label={t('surveys.panel.evaluation')} text={survey.evaluation} testId="survey-answer-evaluation" />
      </SimpleGrid>
    </Stack>
  );
}

function AnswerText({ label, text, testId }: { label: string; text?: string | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      {text ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
          {text}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic" data-testid={testId}>
          {t('surveys.panel.noText')}
        </Text>
      )}
    </div>
  );
}

/** The absolute link of a waiting survey, to copy and pass on to the customer contact. */
function LinkToPass({ link }: { link: string }) {
  const { t } = useTranslation();
  const url = absoluteSurveyUrl(link, window.location.origin);
  return (
    <Stack gap={4} mt="sm">
      <Group gap="xs" wrap="nowrap" align="center">
        <Code style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="survey-link">
          {url}
        </Code>
        <CopyButton value={url} timeout={3000}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
              onClick={copy}
              data-testid="survey-copy-link"
              data-url={url}
              data-copied={copied || undefined}
            >
              {copied ? t('surveys.panel.copied') : t('surveys.panel.copyLink')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed">
        {t('surveys.panel.linkHint')}
      </Text>
    </Stack>
  );
}

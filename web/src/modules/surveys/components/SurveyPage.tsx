import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { FaultCode } from '@baton/shared';
import { IconCircleCheck, IconClockX, IconLinkOff, IconSend } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { faultCodeOf } from '../../../apollo/errors';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { LanguageSwitcher } from '../../shell/components/LanguageSwitcher';
import { AnswerSurveyMutation, PublicSurveyQuery } from '../graphql/surveys';
import {
  CSAT_SCORES,
  EMPTY_ANSWER,
  NPS_MAX,
  NPS_MIN,
  NPS_SCORES,
  surveyPageState,
  surveyTopic,
  TEXT_MAX,
  toAnswerInput,
  validateAnswer,
  type PublicSurveyView,
  type SurveyAnswerValues,
  type SurveyField,
} from '../survey-form';
import { ScoreScale } from './ScoreScale';

const FIELD_ORDER: SurveyField[] = ['csat', 'nps', 'worries', 'evaluation'];

/** Ctrl/⌘+Enter in a text box sends the answers; Enter alone is a new line. */
function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}

/**
 * The public page of a survey link (no sign-in): the customer rates the onboarding support (CSAT),
 * says how likely they are to recommend it (NPS), and may write their worries and an evaluation.
 * A link is answered once; a used, expired or unknown link says so.
 */
export default function SurveyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(PublicSurveyQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [answer, { loading: sending }] = useMutation(AnswerSurveyMutation);
  const [values, setValues] = useState<SurveyAnswerValues>(EMPTY_ANSWER);
  const [submitted, setSubmitted] = useState(false);
  /** The link was refused on submit (answered in another tab, expired meanwhile): no second try. */
  const [refused, setRefused] = useState(false);
  const errors = useFormErrors();
  const formRef = useRef<HTMLFormElement>(null);
  const [focusNonce, setFocusNonce] = useState(0);

  // A token the server refuses as input (malformed) is, for the visitor, a link that is not valid.
  const malformed = faultCodeOf(error) === FaultCode.BAD_USER_INPUT;
  const survey = data ? data.survey : malformed ? null : undefined;
  const state = surveyPageState({ loading, failed: Boolean(error) && !malformed, survey, submitted });

  // After a refused submit, the keyboard goes to the first field that needs fixing.
  useEffect(() => {
    if (focusNonce === 0) return;
    const field = FIELD_ORDER.find((f) => errors.fieldErrors[f]);
    const holder = field ? formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"]`) : null;
    const target = holder?.matches('textarea')
      ? holder
      : holder?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]');
    target?.focus();
  }, [focusNonce]);

  const set = (patch: Partial<SurveyAnswerValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    const cleared = Object.keys(patch);
    if (cleared.some((field) => errors.fieldErrors[field])) {
      errors.setFieldErrors(
        Object.fromEntries(Object.entries(errors.fieldErrors).filter(([f]) => !cleared.includes(f))),
      );
    }
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (refused) return;
    errors.clear();
    const found = validateAnswer(values);
    if (Object.keys(found).length > 0) {
      errors.setFieldErrors(
        Object.fromEntries(
          Object.entries(found).map(([field, issue]) => [field, t(issue.messageKey, issue.values ?? {})]),
        ),
      );
      setFocusNonce((n) => n + 1);
      return;
    }
    try {
      const { data: result } = await answer({ variables: { input: toAnswerInput(token, values) } });
      const outcome = result?.answerSurvey;
      if (!outcome) return;
      if (outcome.__typename === 'SurveyAnswered') {
        setSubmitted(true);
        window.scrollTo({ top: 0 });
      } else {
        setRefused(true);
        errors.setFormError(outcome.message);
      }
    } catch (failure) {
      errors.fromException(failure);
      setFocusNonce((n) => n + 1);
    }
  }

  let body;
  switch (state) {
    case 'loading':
      body = (
        <Center py="xl">
          <Loader aria-label={t('list.loading')} />
        </Center>
      );
      break;
    case 'error':
      body = <ErrorAlert error={error} />;
      break;
    case 'invalid':
      body = (
        <Alert
          color="orange"
          icon={<IconLinkOff size={18} />}
          title={t('surveys.page.invalidTitle')}
          role="alert"
          data-testid="survey-invalid"
        >
          {t('surveys.page.invalid')}
        </Alert>
      );
      break;
    case 'answered':
      body = (
        <>
          {survey ? <SurveyHeading survey={survey} /> : null}
          <Alert
            color="teal"
            icon={<IconCircleCheck size={18} />}
            title={t('surveys.page.answeredTitle')}
            data-testid="survey-answered"
          >
            {t('surveys.page.answered')}
          </Alert>
        </>
      );
      break;
    case 'expired':
      body = (
        <>
          {survey ? <SurveyHeading survey={survey} /> : null}
          <Alert
            color="gray"
            icon={<IconClockX size={18} />}
            title={t('surveys.page.expiredTitle')}
            role="alert"
            data-testid="survey-expired"
          >
            {t('surveys.page.expired')}
          </Alert>
        </>
      );
      break;
    case 'thanks':
      body = (
        <Stack gap="sm" data-testid="survey-thanks" aria-live="polite">
          <Group gap="sm" wrap="nowrap">
            <IconCircleCheck size={28} color="var(--mantine-color-teal-6)" aria-hidden />
            <Title order={2} size="h3">
              {t('surveys.page.thanksTitle')}
            </Title>
          </Group>
          <Text>{t('surveys.page.thanks')}</Text>
          <Text size="sm" c="dimmed">
            {t('surveys.page.thanksClose')}
          </Text>
        </Stack>
      );
      break;
    case 'open':
      body = (
        <>
          {survey ? <SurveyHeading survey={survey} /> : null}
          <Text size="sm" mb="xs">
            {t('surveys.page.intro')}
          </Text>
          <Text size="xs" c="dimmed" mb="lg">
            {t('surveys.page.requiredHint')}
          </Text>
          <form
            ref={formRef}
            onSubmit={onSubmit}
            noValidate
            aria-label={t('surveys.page.formLabel')}
            data-testid="survey-form"
          >
            <Stack gap="xl">
              <FormError message={errors.formError} />
              <ScoreScale
                name="survey-csat"
                label={t('surveys.csat.label')}
                description={t('surveys.csat.description')}
                required
                scores={CSAT_SCORES}
                value={values.csat}
                onChange={(csat) => set({ csat })}
                captionOf={(score) => t(`surveys.csat.choices.${score}`)}
                error={errors.fieldErrors.csat}
                cols={{ base: 3, xs: 5 }}
                autoFocus
              />
              <ScoreScale
                name="survey-nps"
                label={t('surveys.nps.label')}
                description={t('surveys.nps.description', { min: NPS_MIN, max: NPS_MAX })}
                required
                scores={NPS_SCORES}
                value={values.nps}
                onChange={(nps) => set({ nps })}
                ends={{ low: t('surveys.nps.low'), high: t('surveys.nps.high') }}
                error={errors.fieldErrors.nps}
                cols={{ base: 6, xs: 11 }}
              />
              <Textarea
                label={t('surveys.worries.label')}
                description={t('surveys.worries.description')}
                autosize
                minRows={3}
                maxRows={12}
                maxLength={TEXT_MAX}
                value={values.worries}
                onChange={(e) => set({ worries: e.currentTarget.value })}
                onKeyDown={submitOnCtrlEnter}
                error={errors.fieldErrors.worries}
                data-field="worries"
                data-testid="survey-worries"
              />
              <Textarea
                label={t('surveys.evaluation.label')}
                description={t('surveys.evaluation.description')}
                autosize
                minRows={3}
                maxRows={12}
                maxLength={TEXT_MAX}
                value={values.evaluation}
                onChange={(e) => set({ evaluation: e.currentTarget.value })}
                onKeyDown={submitOnCtrlEnter}
                error={errors.fieldErrors.evaluation}
                data-field="evaluation"
                data-testid="survey-evaluation"
              />
              <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
                <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 0 }}>
                  {t('surveys.page.sendHint')}
                </Text>
                <Button
                  type="submit"
                  loading={sending}
                  disabled={refused}
                  leftSection={<IconSend size={16} aria-hidden />}
                  data-testid="survey-submit"
                >
                  {t('surveys.page.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </>
      );
      break;
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper
        withBorder
        shadow="sm"
        p={{ base: 'md', sm: 'xl' }}
        radius="md"
        w="100%"
        maw={680}
        data-testid="survey-page"
        data-state={state}
      >
        <Group justify="space-between" mb="lg">
          <Title order={1} size="h2">
            Baton
          </Title>
          <LanguageSwitcher />
        </Group>
        {body}
      </Paper>
    </Center>
  );
}

/** Whose survey it is and what it is about, in the current language. */
function SurveyHeading({ survey }: { survey: PublicSurveyView }) {
  const { t, i18n } = useTranslation();
  const topic = surveyTopic(survey, i18n.language);
  return (
    <Stack gap={4} mb="md">
      <Title order={2} size="h3" data-testid="survey-title">
        {survey.companyName
          ? t('surveys.page.title', { company: survey.companyName })
          : t('surveys.page.titleNoCompany')}
      </Title>
      <Text c="dimmed" data-testid="survey-topic">
        {t(topic.messageKey, topic.values)}
      </Text>
    </Stack>
  );
}

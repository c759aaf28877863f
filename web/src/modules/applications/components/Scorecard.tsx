import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationScorecardFragment, SelectionCriterion } from '../../../gql/graphql';
import { fieldErrorsOf } from '../../../apollo/errors';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useFormatters } from '../../common/hooks/useFormatters';
import { notifySuccess } from '../../common/notify';
import { NOTE_MAX, SCORES, SELECTION_CRITERIA } from '../criteria';
import { ScorePartnerApplicationMutation } from '../graphql/applications';

interface Draft {
  score: number | null;
  note: string;
}

type Drafts = Record<SelectionCriterion, Draft>;

function draftsOf(application: ApplicationScorecardFragment): Drafts {
  const drafts = {} as Drafts;
  for (const criterion of SELECTION_CRITERIA) {
    const saved = application.scorecard.find((s) => s.criterion === criterion);
    drafts[criterion] = { score: saved?.score ?? null, note: saved?.note ?? '' };
  }
  return drafts;
}

function changed(application: ApplicationScorecardFragment, drafts: Drafts): SelectionCriterion[] {
  const saved = draftsOf(application);
  return SELECTION_CRITERIA.filter(
    (c) => drafts[c].score !== saved[c].score || drafts[c].note.trim() !== saved[c].note.trim(),
  );
}

interface Props {
  application: ApplicationScorecardFragment;
  /** Vendor staff on an undecided application. */
  editable: boolean;
  /** Tells the page whether there are unsaved scores (approval waits for them). */
  onDirtyChange?: (dirty: boolean) => void;
}

/** The six criteria, each 1–5 with a note: editable (saved partially) or read-only. */
export function Scorecard({ application, editable, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useFormatters();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(application));
  const errors = useFormErrors();
  const [score, { loading }] = useMutation(ScorePartnerApplicationMutation);
  const dirty = changed(application, drafts);

  function setDraft(criterion: SelectionCriterion, patch: Partial<Draft>) {
    const next = { ...drafts, [criterion]: { ...drafts[criterion], ...patch } };
    setDrafts(next);
    onDirtyChange?.(changed(application, next).length > 0);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    for (const criterion of dirty) {
      const draft = drafts[criterion];
      if (draft.score == null) found[`${criterion}.score`] = t('applications.scorecard.scoreRequired');
      if (!draft.note.trim()) found[`${criterion}.note`] = t('validation.required');
      else if (draft.note.trim().length > NOTE_MAX)
        found[`${criterion}.note`] = t('validation.maxLength', { max: NOTE_MAX });
    }
    if (dirty.length === 0) {
      errors.setFormError(t('applications.scorecard.nothingToSave'));
      return;
    }
    if (Object.keys(found).length > 0) {
      errors.setFieldErrors(found);
      return;
    }
    const scores = dirty.map((criterion) => ({
      criterion,
      score: drafts[criterion].score as number,
      note: drafts[criterion].note.trim(),
    }));
    try {
      const { data } = await score({ variables: { input: { applicationId: application.id, scores } } });
      const result = data?.scorePartnerApplication;
      if (!result) return;
      if (result.__typename === 'PartnerApplication') {
        setDrafts(draftsOf(result));
        onDirtyChange?.(false);
        notifySuccess(t('applications.notify.scored', { count: scores.length }));
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      // `scores.<i>.note` → the criterion sent at index i.
      const fields = fieldErrorsOf(error);
      const mapped: Record<string, string> = {};
      for (const [path, message] of Object.entries(fields)) {
        const [, index, field] = path.split('.');
        const criterion = scores[Number(index)]?.criterion;
        if (criterion && field) mapped[`${criterion}.${field}`] = message;
      }
      if (Object.keys(mapped).length > 0) errors.setFieldErrors(mapped);
      else if (Object.keys(fields).length > 0) errors.setFormError(Object.values(fields)[0]);
      else errors.fromException(error);
    }
  }

  const average = application.averageScore;
  const header = (
    <Group justify="space-between" mb="md">
      <Title order={3} size="h4">
        {t('applications.scorecard.title')}
      </Title>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('applications.scorecard.scored', {
            count: application.scorecard.length,
            total: SELECTION_CRITERIA.length,
          })}
        </Text>
        {average != null ? (
          <Badge variant="light" data-testid="scorecard-average">
            {t('applications.scorecard.average', { value: formatNumber(average) })}
          </Badge>
        ) : null}
      </Group>
    </Group>
  );

  if (!editable) {
    return (
      <Card withBorder radius="md" padding="lg" data-testid="scorecard">
        {header}
        <Stack gap="md">
          {SELECTION_CRITERIA.map((criterion) => {
            const saved = application.scorecard.find((s) => s.criterion === criterion);
            return (
              <div key={criterion} data-testid={`scorecard-${criterion}`}>
                <Group justify="space-between" wrap="nowrap" align="start">
                  <Text fw={600}>{t(`applications.criteria.${criterion}.label`)}</Text>
                  {saved ? (
                    <Badge size="lg" variant="filled" data-testid="scorecard-score">
                      {t('applications.scorecard.scoreOf', { score: saved.score })}
                    </Badge>
                  ) : (
                    <Badge size="lg" variant="outline" color="gray">
                      {t('applications.scorecard.notScored')}
                    </Badge>
                  )}
                </Group>
                {saved ? (
                  <>
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }} data-testid="scorecard-note">
                      {saved.note}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {saved.scoredByEmail
                        ? t('applications.scorecard.scoredBy', {
                            email: saved.scoredByEmail,
                            date: formatDateTime(saved.scoredAt),
                          })
                        : formatDateTime(saved.scoredAt)}
                    </Text>
                  </>
                ) : null}
              </div>
            );
          })}
        </Stack>
      </Card>
    );
  }

  const { fieldErrors } = errors;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="scorecard">
      {header}
      <form onSubmit={onSubmit} noValidate data-testid="scorecard-form">
        <Stack gap="lg">
          <FormError message={errors.formError} />
          {SELECTION_CRITERIA.map((criterion) => {
            const draft = drafts[criterion];
            const labelId = `scorecard-label-${criterion}`;
            const scoreError = fieldErrors[`${criterion}.score`];
            return (
              <Stack key={criterion} gap={6} data-testid={`scorecard-${criterion}`}>
                <div>
                  <Text fw={600} id={labelId}>
                    {t(`applications.criteria.${criterion}.label`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`applications.criteria.${criterion}.hint`)}
                  </Text>
                </div>
                <Group gap="sm" wrap="wrap">
                  <SegmentedControl
                    data={SCORES.map((n) => ({ value: String(n), label: String(n) }))}
                    value={draft.score == null ? '' : String(draft.score)}
                    onChange={(value) => setDraft(criterion, { score: Number(value) })}
                    aria-labelledby={labelId}
                    color={draft.score == null ? 'gray' : 'blue'}
                    data-testid="scorecard-score"
                  />
                  <Text size="xs" c="dimmed">
                    {t('applications.scorecard.scale')}
                  </Text>
                </Group>
                {scoreError ? (
                  <Text size="xs" c="red" role="alert" data-testid="scorecard-score-error">
                    {scoreError}
                  </Text>
                ) : null}
                <Textarea
                  label={t('applications.scorecard.note')}
                  autosize
                  minRows={2}
                  maxLength={NOTE_MAX}
                  value={draft.note}
                  onChange={(e) => setDraft(criterion, { note: e.currentTarget.value })}
                  error={fieldErrors[`${criterion}.note`]}
                  data-testid="scorecard-note"
                />
              </Stack>
            );
          })}
          <Group justify="flex-end" gap="sm">
            {dirty.length > 0 ? (
              <Text size="sm" c="orange" data-testid="scorecard-unsaved">
                {t('applications.scorecard.unsaved', { count: dirty.length })}
              </Text>
            ) : null}
            <Button
              type="submit"
              loading={loading}
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              data-testid="scorecard-save"
            >
              {t('applications.scorecard.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPagePhaseFragment } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { PROJECT_QUERIES, ProjectCompletePhaseMutation } from '../../graphql/projects';
import { apiToday } from '../../project-dates';
import { phaseName } from '../../project-phase';

/** Limit the server checks too (CompletePhaseInput.summary). */
export const SUMMARY_MAX = 2000;

interface Props {
  phase: ProjectPagePhaseFragment;
  onClose: () => void;
}

/** The firm completes the current phase: on which day, and what was done. */
export function CompletePhaseModal({ phase, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const today = apiToday();
  const [completedOn, setCompletedOn] = useState(today);
  const [summary, setSummary] = useState('');
  const errors = useFormErrors();
  const [complete, { loading }] = useMutation(ProjectCompletePhaseMutation, {
    refetchQueries: PROJECT_QUERIES,
    awaitRefetchQueries: true,
  });
  const name = phaseName(phase, i18n.language);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!completedOn) found.completedOn = t('validation.required');
    else if (completedOn > today) found.completedOn = t('onboarding.errors.dateInFuture');
    if (!summary.trim()) found.summary = t('validation.required');
    if (Object.keys(found).length > 0) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const { data } = await complete({
        variables: { input: { phaseId: phase.id, completedOn, summary: summary.trim() } },
      });
      const result = data?.completePhase;
      if (!result) return;
      if (result.__typename === 'ProjectPhase') {
        notifySuccess(t('onboarding.complete.notify', { phase: name }));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('onboarding.complete.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="complete-form">
        <Stack>
          <FormError message={errors.formError} />
          <Text size="sm">{t('onboarding.complete.intro', { position: phase.position, phase: name })}</Text>
          <TextInput
            type="date"
            label={t('onboarding.complete.date')}
            required
            max={today}
            value={completedOn}
            onChange={(e) => setCompletedOn(e.currentTarget.value)}
            error={errors.fieldErrors.completedOn}
            data-testid="complete-date"
          />
          <Textarea
            label={t('onboarding.complete.summary')}
            description={t('onboarding.complete.summaryHelp')}
            required
            data-autofocus
            autosize
            minRows={4}
            maxLength={SUMMARY_MAX}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={errors.fieldErrors.summary}
            data-testid="complete-summary"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="complete-submit">
              {t('onboarding.complete.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

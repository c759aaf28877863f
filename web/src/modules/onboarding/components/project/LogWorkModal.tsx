import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkKind } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { PROJECT_QUERIES, ProjectLogWorkMutation } from '../../graphql/projects';
import { apiToday } from '../../project-dates';
import { hoursProblem, MAX_HOURS, MIN_HOURS, WORK_KINDS } from '../../project-work';
import { SUMMARY_MAX } from './CompletePhaseModal';

/** The firm logs one work session: which kind, on which day, how long. */
export function LogWorkModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const today = apiToday();
  const [kind, setKind] = useState<WorkKind | null>(null);
  const [date, setDate] = useState(today);
  const [hours, setHours] = useState<number | string>('');
  const [notes, setNotes] = useState('');
  const errors = useFormErrors();
  const [logWork, { loading }] = useMutation(ProjectLogWorkMutation, {
    refetchQueries: PROJECT_QUERIES,
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!kind) found.kind = t('validation.required');
    if (!date) found.date = t('validation.required');
    else if (date > today) found.date = t('onboarding.errors.dateInFuture');
    const problem = hoursProblem(hours);
    if (problem === 'required') found.hours = t('validation.required');
    else if (problem) found.hours = t(`onboarding.worklog.errors.${problem}`, { min: MIN_HOURS, max: MAX_HOURS });
    if (Object.keys(found).length > 0 || !kind) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const { data } = await logWork({
        variables: { input: { projectId, kind, date, hours: Number(hours), notes: notes.trim() || null } },
      });
      const result = data?.logWork;
      if (!result) return;
      if (result.__typename === 'WorkLog') {
        notifySuccess(t('onboarding.worklog.notify'));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('onboarding.worklog.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="worklog-form">
        <Stack>
          <FormError message={errors.formError} />
          <Select
            label={t('onboarding.worklog.kind')}
            placeholder={t('onboarding.worklog.kindPlaceholder')}
            required
            data-autofocus
            data={WORK_KINDS.map((value) => ({ value, label: t(`onboarding.workKind.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(value as WorkKind | null)}
            error={errors.fieldErrors.kind}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="worklog-kind"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('onboarding.worklog.date')}
              required
              max={today}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.fieldErrors.date}
              data-testid="worklog-date"
            />
            <NumberInput
              label={t('onboarding.worklog.hours')}
              description={t('onboarding.worklog.hoursHelp', { min: MIN_HOURS, max: MAX_HOURS })}
              required
              min={MIN_HOURS}
              max={MAX_HOURS}
              step={0.5}
              decimalScale={1}
              allowNegative={false}
              value={hours}
              onChange={setHours}
              error={errors.fieldErrors.hours}
              data-testid="worklog-hours"
            />
          </SimpleGrid>
          <Textarea
            label={t('onboarding.worklog.notes')}
            autosize
            minRows={3}
            maxLength={SUMMARY_MAX}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errors.fieldErrors.notes}
            data-testid="worklog-notes"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="worklog-submit">
              {t('onboarding.worklog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

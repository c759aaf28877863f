import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ConsultantRowFragment,
  TrainingModuleRowFragment,
  TrainingRecordFieldsFragment,
  TrainingStatus,
} from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { RecordTrainingMutation } from '../../graphql/training';
import { needsVendorConfirmation, TRAINING_STATUSES } from '../../vocabulary';
import { ModuleKindBadge } from '../TrainingBadges';

const NOTE_MAX = 2000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  consultant: ConsultantRowFragment;
  module: TrainingModuleRowFragment;
  record: TrainingRecordFieldsFragment | null;
  onClose: () => void;
}

/** A partner's report on one consultant × module: status, date, score and a note. */
export function RecordTrainingModal({ consultant, module, record, onClose }: Props) {
  const { t } = useTranslation();
  const vendorJudged = needsVendorConfirmation(module.kind);
  const locked = record?.status === 'PASSED' && Boolean(record.confirmedAt);
  const [status, setStatus] = useState<TrainingStatus | null>(record?.status ?? null);
  const [date, setDate] = useState(record?.date ?? new Date().toISOString().slice(0, 10));
  const [score, setScore] = useState<number | string>(record?.score ?? '');
  const [note, setNote] = useState(record?.note ?? '');
  const errors = useFormErrors();
  const [recordTraining, { loading }] = useMutation(RecordTrainingMutation, {
    refetchQueries: ['TrainingMatrix'],
    awaitRefetchQueries: true,
  });

  const statusOptions = TRAINING_STATUSES.map((value) => ({
    value,
    label:
      value === 'PASSED' && vendorJudged
        ? t('training.record.passedByVendor', { status: t(`training.enums.TrainingStatus.${value}`) })
        : t(`training.enums.TrainingStatus.${value}`),
    disabled: value === 'PASSED' && vendorJudged,
  }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!status) found.status = t('validation.required');
    if (date && !ISO_DATE.test(date)) found.date = t('training.validation.date');
    const scoreValue = score === '' ? null : Number(score);
    if (scoreValue !== null && (!Number.isInteger(scoreValue) || scoreValue < 0 || scoreValue > 100))
      found.score = t('training.validation.score');
    if (note.trim().length > NOTE_MAX) found.note = t('validation.maxLength', { max: NOTE_MAX });
    if (Object.keys(found).length > 0 || !status) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const { data } = await recordTraining({
        variables: {
          input: {
            consultantId: consultant.id,
            moduleId: module.id,
            status,
            ...(date ? { date } : {}),
            ...(scoreValue !== null ? { score: scoreValue } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
      });
      const result = data?.recordTraining;
      if (!result) return;
      if (result.__typename === 'TrainingRecord') {
        notifySuccess(
          t('training.record.notify.saved', {
            name: consultant.displayName,
            module: module.title,
            status: t(`training.enums.TrainingStatus.${result.status}`),
          }),
        );
        onClose();
      } else if (result.__typename === 'TrainingConfirmationRequiredError') {
        errors.setFieldErrors({ status: result.message });
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('training.record.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="record-training-form">
        <Stack>
          <FormError message={errors.formError} />
          <div>
            <Text fw={600}>{consultant.displayName}</Text>
            <Group gap="xs">
              <Text size="sm">{module.title}</Text>
              <ModuleKindBadge kind={module.kind} />
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {t('training.catalog.passCriteria')}: {module.passCriteria}
            </Text>
          </div>
          {locked ? (
            <Alert color="green" icon={<IconLock size={18} />} data-testid="record-training-locked">
              {t('training.record.locked', { email: record?.confirmedByEmail ?? t('common.none') })}
            </Alert>
          ) : null}
          {vendorJudged && !locked ? (
            <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="record-training-vendor-note">
              {t('training.record.vendorConfirms', { kind: t(`training.enums.TrainingModuleKind.${module.kind}`) })}
            </Alert>
          ) : null}
          <Select
            label={t('training.record.status')}
            required
            data={statusOptions}
            value={status}
            onChange={(value) => setStatus(value as TrainingStatus | null)}
            error={errors.fieldErrors.status}
            disabled={locked}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="record-training-status"
          />
          <Group grow align="start">
            <TextInput
              type="date"
              label={t('training.record.date')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.fieldErrors.date}
              disabled={locked}
              data-testid="record-training-date"
            />
            <NumberInput
              label={t('training.record.score')}
              description={t('training.record.scoreDescription')}
              min={0}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              value={score}
              onChange={setScore}
              error={errors.fieldErrors.score}
              disabled={locked}
              data-testid="record-training-score"
            />
          </Group>
          <Textarea
            label={t('training.record.note')}
            autosize
            minRows={2}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.fieldErrors.note}
            disabled={locked}
            data-testid="record-training-note"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={locked} data-testid="record-training-submit">
              {t('training.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingModuleKind, TrainingRecordFieldsFragment } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { notifySuccess } from '../../../common/notify';
import { ConfirmTrainingResultMutation } from '../../graphql/training';
import { ModuleKindBadge } from '../TrainingBadges';

const NOTE_MAX = 2000;

interface Props {
  consultantName: string;
  module: { title: string; kind: TrainingModuleKind; passCriteria?: string | null };
  record: TrainingRecordFieldsFragment;
  onClose: () => void;
}

/** Vendor staff judge a COMPLETED role-play or OJT: passed or failed. */
export function ConfirmResultModal({ consultantName, module, record, onClose }: Props) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const [note, setNote] = useState('');
  const [choice, setChoice] = useState<boolean | null>(null);
  const errors = useFormErrors();
  const [confirm, { loading }] = useMutation(ConfirmTrainingResultMutation, {
    refetchQueries: ['TrainingMatrix', 'ConfirmationQueue', 'TrainingOverview'],
    awaitRefetchQueries: true,
  });

  async function submit(passed: boolean) {
    errors.clear();
    if (note.trim().length > NOTE_MAX) {
      errors.setFieldErrors({ note: t('validation.maxLength', { max: NOTE_MAX }) });
      return;
    }
    setChoice(passed);
    try {
      const { data } = await confirm({
        variables: { input: { recordId: record.id, passed, ...(note.trim() ? { note: note.trim() } : {}) } },
      });
      const result = data?.confirmTrainingResult;
      if (!result) return;
      if (result.__typename === 'TrainingRecord') {
        notifySuccess(
          t('training.confirm.notify.done', {
            name: consultantName,
            module: module.title,
            status: t(`training.enums.TrainingStatus.${result.status}`),
          }),
        );
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('training.confirm.title')} size="lg">
      <Stack data-testid="confirm-result-form">
        <FormError message={errors.formError} />
        <div>
          <Text fw={600}>{consultantName}</Text>
          <Group gap="xs">
            <Text size="sm">{module.title}</Text>
            <ModuleKindBadge kind={module.kind} />
          </Group>
          {module.passCriteria ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('training.catalog.passCriteria')}: {module.passCriteria}
            </Text>
          ) : null}
        </div>
        <Text size="sm">
          {t('training.confirm.reported', {
            date: record.date ? formatDate(record.date) : t('common.none'),
            score: record.score ?? t('common.none'),
            email: record.recordedByEmail ?? t('common.none'),
          })}
        </Text>
        {record.note ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {record.note}
          </Text>
        ) : null}
        <Textarea
          label={t('training.confirm.note')}
          autosize
          minRows={2}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.fieldErrors.note}
          data-testid="confirm-result-note"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconX size={16} aria-hidden />}
            loading={loading && choice === false}
            disabled={loading}
            onClick={() => void submit(false)}
            data-testid="confirm-result-failed"
          >
            {t('training.confirm.failed')}
          </Button>
          <Button
            color="green"
            leftSection={<IconCheck size={16} aria-hidden />}
            loading={loading && choice === true}
            disabled={loading}
            onClick={() => void submit(true)}
            data-testid="confirm-result-passed"
          >
            {t('training.confirm.passed')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

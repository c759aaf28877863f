import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPagePhaseFragment } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { PROJECT_QUERIES, ProjectReopenPhaseMutation } from '../../graphql/projects';
import { phaseName } from '../../project-phase';

/** Limit the server checks too (ReopenPhaseInput.reason). */
export const REASON_MAX = 1000;

interface Props {
  phase: ProjectPagePhaseFragment;
  onClose: () => void;
}

/** Vendor staff reopen a completed phase, with a reason (its completion and summary are cleared). */
export function ReopenPhaseModal({ phase, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const [reopen, { loading }] = useMutation(ProjectReopenPhaseMutation, {
    refetchQueries: PROJECT_QUERIES,
    awaitRefetchQueries: true,
  });
  const name = phaseName(phase, i18n.language);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!reason.trim()) {
      errors.setFieldErrors({ reason: t('validation.required') });
      return;
    }
    try {
      const { data } = await reopen({ variables: { input: { phaseId: phase.id, reason: reason.trim() } } });
      const result = data?.reopenPhase;
      if (!result) return;
      if (result.__typename === 'ProjectPhase') {
        notifySuccess(t('onboarding.reopen.notify', { phase: name }));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('onboarding.reopen.title')} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="reopen-form">
        <Stack>
          <FormError message={errors.formError} />
          <Text size="sm">{t('onboarding.reopen.intro', { position: phase.position, phase: name })}</Text>
          <Textarea
            label={t('onboarding.reopen.reason')}
            required
            data-autofocus
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.fieldErrors.reason}
            data-testid="reopen-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading} data-testid="reopen-submit">
              {t('onboarding.reopen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

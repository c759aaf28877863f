import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetailFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { REASON_MAX } from '../criteria';
import { RejectPartnerApplicationMutation } from '../graphql/applications';

/** Reject with a required reason; final. */
export function RejectModal({ application, onClose }: { application: ApplicationDetailFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const [reject, { loading }] = useMutation(RejectPartnerApplicationMutation, {
    refetchQueries: ['PartnerApplications'],
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!reason.trim()) {
      errors.setFieldErrors({ reason: t('validation.required') });
      return;
    }
    if (reason.trim().length > REASON_MAX) {
      errors.setFieldErrors({ reason: t('validation.maxLength', { max: REASON_MAX }) });
      return;
    }
    try {
      const { data } = await reject({ variables: { input: { applicationId: application.id, reason: reason.trim() } } });
      const result = data?.rejectPartnerApplication;
      if (!result) return;
      if (result.__typename === 'PartnerApplication') {
        notifySuccess(t('applications.notify.rejected', { name: application.firmName }));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('applications.reject.title')}>
      <form onSubmit={onSubmit} noValidate data-testid="reject-form">
        <Stack>
          <FormError message={errors.formError} />
          <Text size="sm">{t('applications.reject.explanation', { firm: application.firmName })}</Text>
          <Textarea
            label={t('applications.reject.reason')}
            description={t('applications.reject.reasonDescription')}
            required
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.fieldErrors.reason}
            data-testid="reject-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="reject-submit">
              {t('applications.reject.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

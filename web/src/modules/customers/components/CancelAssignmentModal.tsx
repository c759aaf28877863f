import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerPageAssignmentFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { CUSTOMER_QUERIES, CustomerCancelAssignmentMutation } from '../graphql/customers';

/** Limit the server checks too (EndAssignmentInput). */
export const REASON_MAX = 1000;

interface Props {
  assignment: CustomerPageAssignmentFragment;
  onClose: () => void;
}

/** Ends the active assignment with a reason; the firm's slot is freed and the customer queued again. */
export function CancelAssignmentModal({ assignment, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const [cancel, { loading }] = useMutation(CustomerCancelAssignmentMutation, {
    refetchQueries: CUSTOMER_QUERIES,
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!reason.trim()) {
      errors.setFieldErrors({ reason: t('validation.required') });
      return;
    }
    try {
      const { data } = await cancel({ variables: { input: { assignmentId: assignment.id, reason: reason.trim() } } });
      const result = data?.cancelAssignment;
      if (!result) return;
      if (result.__typename === 'Assignment') {
        notifySuccess(t('customers.cancel.notify'));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('customers.cancel.title')} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="cancel-form">
        <Stack>
          <FormError message={errors.formError} />
          <Text size="sm">{t('customers.cancel.intro', { firm: assignment.partner?.name ?? t('common.none') })}</Text>
          <Textarea
            label={t('customers.cancel.reason')}
            required
            data-autofocus
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.fieldErrors.reason}
            data-testid="end-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.back')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="cancel-submit">
              {t('customers.cancel.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

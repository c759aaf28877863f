import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { DeclineAssignmentMutation } from '../graphql/assignments';

export const REASON_MAX = 1000;

interface Props {
  assignmentId: string;
  companyName: string;
  onClose: () => void;
}

/** The firm turns an incoming customer down, with a reason the vendor reads. */
export function DeclineModal({ assignmentId, companyName, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const [decline, { loading }] = useMutation(DeclineAssignmentMutation, {
    refetchQueries: ['PartnerAssignments'],
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const text = reason.trim();
    if (!text) return errors.setFieldErrors({ reason: t('validation.required') });
    if (text.length > REASON_MAX)
      return errors.setFieldErrors({ reason: t('validation.maxLength', { max: REASON_MAX }) });
    try {
      const { data } = await decline({ variables: { input: { assignmentId, reason: text } } });
      const result = data?.declineAssignment;
      if (!result) return;
      if (result.__typename === 'Assignment') {
        notifySuccess(t('assignments.partner.notify.declined', { company: companyName }));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('assignments.partner.decline.title', { company: companyName })}>
      <form onSubmit={onSubmit} noValidate data-testid="decline-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('assignments.partner.decline.intro')}
          </Text>
          <FormError message={errors.formError} />
          <Textarea
            label={t('assignments.partner.decline.reason')}
            placeholder={t('assignments.partner.decline.reasonPlaceholder')}
            required
            autoFocus
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Ctrl/⌘+Enter sends, as in most message boxes; Enter alone is a new line.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            error={errors.fieldErrors.reason}
            data-testid="decline-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="decline-submit">
              {t('assignments.partner.decline.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

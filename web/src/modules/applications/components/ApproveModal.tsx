import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetailFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { REASON_MAX } from '../criteria';
import { ApprovePartnerApplicationMutation } from '../graphql/applications';

export interface Approval {
  partnerId: string;
  partnerName: string;
  invitationUrl: string;
}

interface Props {
  application: ApplicationDetailFragment;
  onClose: () => void;
  onApproved: (approval: Approval) => void;
}

/** Approve: creates the firm and the invitation of its first partner admin (the contact). */
export function ApproveModal({ application, onClose, onApproved }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const [approve, { loading }] = useMutation(ApprovePartnerApplicationMutation, {
    refetchQueries: ['PartnerApplications', 'Partners'],
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (note.trim().length > REASON_MAX) {
      errors.setFieldErrors({ note: t('validation.maxLength', { max: REASON_MAX }) });
      return;
    }
    try {
      const { data } = await approve({
        variables: { input: { applicationId: application.id, ...(note.trim() ? { note: note.trim() } : {}) } },
      });
      const result = data?.approvePartnerApplication;
      if (!result) return;
      if (result.__typename === 'PartnerApplicationApproved') {
        notifySuccess(t('applications.notify.approved', { name: result.partner.name }));
        onApproved({
          partnerId: result.partner.id,
          partnerName: result.partner.name,
          invitationUrl: result.invitationUrl,
        });
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('applications.approve.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="approve-form">
        <Stack>
          <FormError message={errors.formError} />
          <Alert color="blue" icon={<IconInfoCircle size={18} />}>
            <Text size="sm">{t('applications.approve.explanation', { firm: application.firmName })}</Text>
            <List size="sm" mt="xs">
              <List.Item>{t('applications.approve.createsFirm')}</List.Item>
              <List.Item>{t('applications.approve.invites', { email: application.contactEmail })}</List.Item>
            </List>
          </Alert>
          <Textarea
            label={t('applications.approve.note')}
            description={t('applications.approve.noteDescription')}
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            data-autofocus
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.fieldErrors.note}
            data-testid="approve-note"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="green" loading={loading} data-testid="approve-submit">
              {t('applications.approve.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

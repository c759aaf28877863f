import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPageDetailFragment } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { PROJECT_QUERIES, ProjectChurnMutation } from '../../graphql/projects';
import { REASON_MAX } from './ReopenPhaseModal';

interface Props {
  project: ProjectPageDetailFragment;
  onClose: () => void;
}

/** Vendor staff mark the customer as lost: the project closes for good, with the reason kept. */
export function ChurnModal({ project, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const [churn, { loading }] = useMutation(ProjectChurnMutation, {
    refetchQueries: PROJECT_QUERIES,
    awaitRefetchQueries: true,
  });
  const company = project.customer?.companyName ?? t('common.none');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!reason.trim()) {
      errors.setFieldErrors({ reason: t('validation.required') });
      return;
    }
    try {
      const { data } = await churn({ variables: { input: { projectId: project.id, reason: reason.trim() } } });
      const result = data?.churnProject;
      if (!result) return;
      if (result.__typename === 'OnboardingProject') {
        notifySuccess(t('onboarding.churn.notify', { customer: company }));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('onboarding.churn.title')} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="churn-form">
        <Stack>
          <FormError message={errors.formError} />
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('onboarding.churn.warning', { customer: company })}
          </Alert>
          <Textarea
            label={t('onboarding.churn.reason')}
            required
            data-autofocus
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.fieldErrors.reason}
            data-testid="churn-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="churn-submit">
              {t('onboarding.churn.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

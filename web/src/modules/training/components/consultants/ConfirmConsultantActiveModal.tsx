import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ConsultantRowFragment } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { DeactivateConsultantMutation, ReactivateConsultantMutation } from '../../graphql/training';

/** Asks before deactivating (or reactivating) a consultant and their account. */
export function ConfirmConsultantActiveModal({
  consultant,
  onClose,
}: {
  consultant: ConsultantRowFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const options = { refetchQueries: ['Consultants', 'TrainingMatrix'], awaitRefetchQueries: true };
  const [deactivate, deactivating] = useMutation(DeactivateConsultantMutation, options);
  const [reactivate, reactivating] = useMutation(ReactivateConsultantMutation, options);
  const isDeactivation = consultant.active;
  const name = consultant.displayName;

  async function onConfirm() {
    errors.clear();
    try {
      const variables = { id: consultant.id };
      const result = isDeactivation
        ? (await deactivate({ variables })).data?.deactivateConsultant
        : (await reactivate({ variables })).data?.reactivateConsultant;
      if (!result) return;
      if (result.__typename === 'Consultant') {
        notifySuccess(
          isDeactivation
            ? t('training.consultants.notify.deactivated', { name })
            : t('training.consultants.notify.reactivated', { name }),
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
    <Modal
      opened
      onClose={onClose}
      title={
        isDeactivation
          ? t('training.consultants.confirm.deactivateTitle')
          : t('training.consultants.confirm.reactivateTitle')
      }
    >
      <Stack>
        <Text size="sm">
          {isDeactivation
            ? t('training.consultants.confirm.deactivateBody', { name, email: consultant.email })
            : t('training.consultants.confirm.reactivateBody', { name, email: consultant.email })}
        </Text>
        <FormError message={errors.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={isDeactivation ? 'red' : undefined}
            loading={deactivating.loading || reactivating.loading}
            onClick={() => void onConfirm()}
            data-testid="consultant-active-submit"
          >
            {isDeactivation
              ? t('training.consultants.actions.deactivate')
              : t('training.consultants.actions.reactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { DeactivateUserMutation, ReactivateUserMutation } from '../graphql/users';

/** Asks before deactivating (or reactivating) a user, then does it. */
export function ConfirmActiveModal({ user, onClose }: { user: UserRowFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const options = { refetchQueries: ['Users'], awaitRefetchQueries: true };
  const [deactivate, deactivating] = useMutation(DeactivateUserMutation, options);
  const [reactivate, reactivating] = useMutation(ReactivateUserMutation, options);
  const isDeactivation = user.active;

  async function onConfirm() {
    errors.clear();
    try {
      const variables = { id: user.id };
      const result = isDeactivation
        ? (await deactivate({ variables })).data?.deactivateUser
        : (await reactivate({ variables })).data?.reactivateUser;
      if (!result) return;
      if (result.__typename === 'User') {
        notifySuccess(
          isDeactivation
            ? t('users.notify.deactivated', { email: user.email })
            : t('users.notify.reactivated', { email: user.email }),
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
      title={isDeactivation ? t('users.confirm.deactivateTitle') : t('users.confirm.reactivateTitle')}
    >
      <Stack>
        <Text size="sm">
          {isDeactivation
            ? t('users.confirm.deactivateBody', { email: user.email })
            : t('users.confirm.reactivateBody', { email: user.email })}
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
            data-testid="confirm-active-submit"
          >
            {isDeactivation ? t('users.actions.deactivate') : t('users.actions.reactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

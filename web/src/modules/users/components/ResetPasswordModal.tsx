import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { PASSWORD_MIN_LENGTH, isStrongEnough } from '../../common/validation';
import { ResetUserPasswordMutation } from '../graphql/users';
import { PasswordField } from '../../common/components/PasswordField';

export function ResetPasswordModal({ user, onClose }: { user: UserRowFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const errors = useFormErrors();
  const [reset, { loading }] = useMutation(ResetUserPasswordMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!isStrongEnough(newPassword)) {
      errors.setFieldErrors({ newPassword: t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH }) });
      return;
    }
    if (newPassword !== confirm) {
      errors.setFieldErrors({ confirm: t('validation.passwordMismatch') });
      return;
    }
    try {
      const { data } = await reset({ variables: { input: { userId: user.id, newPassword } } });
      const result = data?.resetUserPassword;
      if (!result) return;
      if (result.__typename === 'User') {
        notifySuccess(t('users.notify.passwordReset', { email: user.email }));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('users.resetPassword.title')}>
      <form onSubmit={onSubmit} noValidate data-testid="reset-password-form">
        <Stack>
          <Text size="sm">{t('users.resetPassword.intro', { email: user.email })}</Text>
          <FormError message={errors.formError} />
          <PasswordField
            label={t('password.new')}
            description={t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH })}
            required
            data-autofocus
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.currentTarget.value)}
            error={errors.fieldErrors.newPassword}
            data-testid="reset-password-new"
          />
          <PasswordField
            label={t('password.confirm')}
            required
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={errors.fieldErrors.confirm}
            data-testid="reset-password-confirm"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="reset-password-submit">
              {t('users.resetPassword.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { PASSWORD_MIN_LENGTH, isStrongEnough } from '../../common/validation';
import { ChangeMyPasswordMutation } from '../graphql/profile';
import { PasswordField } from '../../common/components/PasswordField';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const errors = useFormErrors();
  const [change, { loading }] = useMutation(ChangeMyPasswordMutation);
  const field = (key: keyof typeof EMPTY) => ({
    value: values[key],
    onChange: (e: { currentTarget: HTMLInputElement }) => {
      const value = e.currentTarget.value;
      setValues((current) => ({ ...current, [key]: value }));
    },
    error: errors.fieldErrors[key],
  });

  function validate(): boolean {
    const found: Record<string, string> = {};
    if (!values.currentPassword) found.currentPassword = t('validation.required');
    if (!isStrongEnough(values.newPassword))
      found.newPassword = t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH });
    else if (values.newPassword !== values.confirm) found.confirm = t('validation.passwordMismatch');
    errors.setFieldErrors(found);
    return Object.keys(found).length === 0;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!validate()) return;
    try {
      const { currentPassword, newPassword } = values;
      const { data } = await change({ variables: { input: { currentPassword, newPassword } } });
      const result = data?.changeMyPassword;
      if (!result) return;
      if (result.__typename === 'User') {
        setValues(EMPTY);
        notifySuccess(t('profile.notify.passwordChanged'));
      } else {
        // The one error this form can get back is about the current password: show it there.
        errors.setFieldErrors({ currentPassword: result.message });
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('profile.changePassword')} data-testid="change-password-form">
      <Stack>
        <FormError message={errors.formError} />
        <PasswordField
          label={t('password.current')}
          required
          autoComplete="current-password"
          {...field('currentPassword')}
          data-testid="change-password-current"
        />
        <PasswordField
          label={t('password.new')}
          description={t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH })}
          required
          autoComplete="new-password"
          {...field('newPassword')}
          data-testid="change-password-new"
        />
        <PasswordField
          label={t('password.confirm')}
          required
          autoComplete="new-password"
          {...field('confirm')}
          data-testid="change-password-confirm"
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} data-testid="change-password-submit">
            {t('profile.changePasswordSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

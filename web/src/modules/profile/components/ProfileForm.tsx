import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../gql/graphql';
import { changeUiLanguage } from '../../../i18n/i18n';
import { useSession } from '../../auth/hooks/useSession';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { LOCALES } from '../../users/roles';
import { UpdateMyProfileMutation } from '../graphql/profile';

export function ProfileForm() {
  const { t } = useTranslation();
  const user = useSession();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdateMyProfileMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!displayName.trim()) {
      errors.setFieldErrors({ displayName: t('validation.required') });
      return;
    }
    try {
      await update({ variables: { input: { displayName: displayName.trim(), locale } } });
      // The saved language is also the one the user wants to read now.
      await changeUiLanguage(locale);
      notifySuccess(t('profile.notify.saved'));
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('profile.details')} data-testid="profile-form">
      <Stack>
        <FormError message={errors.formError} />
        <TextInput label={t('users.columns.email')} value={user.email} readOnly variant="filled" />
        <TextInput
          label={t('users.columns.displayName')}
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={errors.fieldErrors.displayName}
          data-testid="profile-display-name"
        />
        <Select
          label={t('users.columns.locale')}
          data={LOCALES.map((value) => ({ value, label: t(`enums.Locale.${value}`) }))}
          value={locale}
          onChange={(value) => value && setLocale(value as Locale)}
          allowDeselect={false}
          error={errors.fieldErrors.locale}
          data-testid="profile-locale"
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} data-testid="profile-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Role, UserRowFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { PASSWORD_MIN_LENGTH, isEmail, isStrongEnough } from '../../common/validation';
import { CreateUserMutation, PartnerOptionsQuery, UpdateUserMutation } from '../graphql/users';
import { LOCALES, ROLES, needsPartner } from '../roles';
import { PasswordField } from '../../common/components/PasswordField';

interface Props {
  /** The user to edit; absent to create one. */
  user?: UserRowFragment;
  onClose: () => void;
}

interface Values {
  email: string;
  displayName: string;
  role: Role | null;
  partnerId: string | null;
  locale: Locale;
  password: string;
}

function initialValues(user?: UserRowFragment): Values {
  return {
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? null,
    partnerId: user?.partner?.id ?? null,
    locale: user?.locale ?? 'ja',
    password: '',
  };
}

/** Create or edit a user; mounted only while open, so it starts from fresh values. */
export function UserFormModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const editing = Boolean(user);
  const [values, setValues] = useState<Values>(() => initialValues(user));
  const errors = useFormErrors();
  const partners = useQuery(PartnerOptionsQuery);
  const [createUser, creating] = useMutation(CreateUserMutation, {
    refetchQueries: ['Users'],
    awaitRefetchQueries: true,
  });
  const [updateUser, updating] = useMutation(UpdateUserMutation, {
    refetchQueries: ['Users'],
    awaitRefetchQueries: true,
  });
  const partnerRole = needsPartner(values.role);

  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));

  function validate(): boolean {
    const found: Record<string, string> = {};
    if (!isEmail(values.email)) found.email = t('validation.email');
    if (!values.displayName.trim()) found.displayName = t('validation.required');
    if (!values.role) found.role = t('validation.required');
    if (partnerRole && !values.partnerId) found.partnerId = t('validation.required');
    if (!editing && !isStrongEnough(values.password))
      found.password = t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH });
    errors.setFieldErrors(found);
    return Object.keys(found).length === 0;
  }

  async function submit(role: Role) {
    const common = {
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      role,
      locale: values.locale,
      ...(partnerRole && values.partnerId ? { partnerId: values.partnerId } : {}),
    };
    if (user) {
      const { data } = await updateUser({ variables: { id: user.id, input: common } });
      return data?.updateUser;
    }
    const { data } = await createUser({ variables: { input: { ...common, password: values.password } } });
    return data?.createUser;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!validate() || !values.role) return;
    try {
      const result = await submit(values.role);
      if (!result) return;
      if (result.__typename === 'User') {
        notifySuccess(
          editing
            ? t('users.notify.updated', { email: result.email })
            : t('users.notify.created', { email: result.email }),
        );
        onClose();
      } else if (result.__typename === 'EmailAlreadyUsedError') {
        errors.setFieldErrors({ email: result.message });
      } else if (result.__typename === 'PartnerRequiredError') {
        errors.setFieldErrors({ partnerId: result.message });
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  const { fieldErrors } = errors;
  return (
    <Modal opened onClose={onClose} title={editing ? t('users.form.editTitle') : t('users.form.createTitle')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="user-form">
        <Stack>
          <FormError message={errors.formError} />
          <TextInput
            label={t('users.columns.email')}
            type="email"
            required
            data-autofocus
            value={values.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={fieldErrors.email}
            data-testid="user-form-email"
          />
          <TextInput
            label={t('users.columns.displayName')}
            required
            value={values.displayName}
            onChange={(e) => set({ displayName: e.currentTarget.value })}
            error={fieldErrors.displayName}
            data-testid="user-form-display-name"
          />
          <Select
            label={t('users.columns.role')}
            required
            data={ROLES.map((role) => ({ value: role, label: t(`enums.Role.${role}`) }))}
            value={values.role}
            onChange={(value) => set({ role: value as Role | null })}
            error={fieldErrors.role}
            data-testid="user-form-role"
          />
          {partnerRole ? (
            <Select
              label={t('users.columns.partner')}
              required
              searchable
              data={(partners.data?.partners.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={values.partnerId}
              onChange={(value) => set({ partnerId: value })}
              error={fieldErrors.partnerId}
              nothingFoundMessage={t('users.form.noPartners')}
              data-testid="user-form-partner"
            />
          ) : null}
          <Select
            label={t('users.columns.locale')}
            data={LOCALES.map((locale) => ({ value: locale, label: t(`enums.Locale.${locale}`) }))}
            value={values.locale}
            onChange={(value) => value && set({ locale: value as Locale })}
            allowDeselect={false}
            error={fieldErrors.locale}
            data-testid="user-form-locale"
          />
          {editing ? null : (
            <PasswordField
              label={t('users.form.initialPassword')}
              description={t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH })}
              required
              autoComplete="new-password"
              value={values.password}
              onChange={(e) => set({ password: e.currentTarget.value })}
              error={fieldErrors.password}
              data-testid="user-form-password"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading} data-testid="user-form-submit">
              {editing ? t('common.save') : t('users.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

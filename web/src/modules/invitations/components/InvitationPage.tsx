import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconLinkOff } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { FormError } from '../../common/components/FormError';
import { PasswordField } from '../../common/components/PasswordField';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useFormatters } from '../../common/hooks/useFormatters';
import { PASSWORD_MIN_LENGTH, isStrongEnough } from '../../common/validation';
import { LanguageSwitcher } from '../../shell/components/LanguageSwitcher';
import { InvitationQuery } from '../graphql/invitations';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

const NAME_MAX = 100;

/** The public page of an invitation link: the invitee sets a password and lands in their experience. */
export default function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { formatDateTime } = useFormatters();
  const { data, loading, error } = useQuery(InvitationQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const { accept, loading: accepting } = useAcceptInvitation();
  const [displayName, setDisplayName] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const errors = useFormErrors();
  const invitation = data?.invitation;
  const name = displayName ?? invitation?.displayName ?? '';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!name.trim()) found.displayName = t('validation.required');
    else if (name.trim().length > NAME_MAX) found.displayName = t('validation.maxLength', { max: NAME_MAX });
    if (!isStrongEnough(password)) found.password = t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH });
    if (confirm !== password) found.confirm = t('validation.passwordMismatch');
    if (Object.keys(found).length > 0) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const outcome = await accept({ token, displayName: name.trim(), password });
      if (outcome.ok) navigate('/', { replace: true });
      else if (outcome.invalid) setInvalid(outcome.message);
      else errors.setFormError(outcome.message || t('errors.generic'));
    } catch (failure) {
      errors.fromException(failure);
    }
  }

  let body;
  if (loading && !data) {
    body = (
      <Center py="xl">
        <Loader aria-label={t('list.loading')} />
      </Center>
    );
  } else if (error) {
    body = <ErrorAlert error={error} />;
  } else if (!invitation || invalid) {
    body = (
      <Stack data-testid="invitation-invalid">
        <Alert
          color="orange"
          icon={<IconLinkOff size={18} />}
          title={t('applications.invitation.invalidTitle')}
          role="alert"
        >
          {invalid ?? t('applications.invitation.invalid')}
        </Alert>
        <Anchor component={Link} to="/sign-in" data-testid="invitation-sign-in">
          {t('applications.invitation.goToSignIn')}
        </Anchor>
      </Stack>
    );
  } else {
    body = (
      <>
        <Title order={2} size="h4" mb={4}>
          {t('applications.invitation.title', { firm: invitation.partnerName })}
        </Title>
        <Text size="sm" c="dimmed" mb="md" data-testid="invitation-summary">
          {t('applications.invitation.summary', {
            firm: invitation.partnerName,
            role: t(`enums.Role.${invitation.role}`),
          })}
        </Text>
        <Stack gap={2} mb="lg">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('applications.invitation.firm')}
            </Text>
            <Text size="sm" data-testid="invitation-firm">
              {invitation.partnerName}
            </Text>
          </Group>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('applications.invitation.role')}
            </Text>
            <Text size="sm" data-testid="invitation-role">
              {t(`enums.Role.${invitation.role}`)}
            </Text>
          </Group>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('applications.invitation.email')}
            </Text>
            <Text size="sm" data-testid="invitation-email">
              {invitation.email}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('applications.invitation.expires', { date: formatDateTime(invitation.expiresAt) })}
          </Text>
        </Stack>
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label={t('applications.invitation.formLabel')}
          data-testid="invitation-form"
        >
          <Stack>
            <FormError message={errors.formError} />
            {/* Lets password managers file the new password under the right account. */}
            <input type="email" value={invitation.email} autoComplete="username" readOnly hidden />
            <TextInput
              label={t('applications.invitation.displayName')}
              required
              autoComplete="name"
              maxLength={NAME_MAX}
              value={name}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={errors.fieldErrors.displayName}
              data-testid="invitation-display-name"
            />
            <PasswordField
              label={t('applications.invitation.password')}
              description={t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH })}
              required
              autoComplete="new-password"
              autoFocus
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.fieldErrors.password}
              data-testid="invitation-password"
            />
            <PasswordField
              label={t('applications.invitation.confirm')}
              required
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={errors.fieldErrors.confirm}
              data-testid="invitation-confirm"
            />
            <Button type="submit" loading={accepting} fullWidth data-testid="invitation-submit">
              {t('applications.invitation.submit')}
            </Button>
          </Stack>
        </form>
      </>
    );
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={480} data-testid="invitation-page">
        <Group justify="space-between" mb="lg">
          <Title order={1} size="h2">
            Baton
          </Title>
          <LanguageSwitcher />
        </Group>
        {body}
      </Paper>
    </Center>
  );
}

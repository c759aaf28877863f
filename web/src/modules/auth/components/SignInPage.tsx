import { Alert, Anchor, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { FaultCode } from '@baton/shared';
import { faultCodeOf, faultMessageOf, fieldErrorsOf, type FieldErrors } from '../../../apollo/errors';
import { LanguageSwitcher } from '../../shell/components/LanguageSwitcher';
import { MeQuery } from '../graphql/auth';
import { useSignIn } from '../hooks/useSignIn';
import { PasswordField } from '../../common/components/PasswordField';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useQuery(MeQuery);
  const { signIn, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (me.data?.me) return <Navigate to={from} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setFieldErrors({});
    try {
      const outcome = await signIn(email.trim(), password);
      if (outcome.ok) navigate(from, { replace: true });
      else setFailure(outcome.message || t('errors.generic'));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setFieldErrors(fields);
      if (Object.keys(fields).length > 0) return;
      const code = faultCodeOf(error);
      setFailure(
        code === FaultCode.TOO_MANY_REQUESTS ? (faultMessageOf(error) ?? t('errors.generic')) : t('errors.generic'),
      );
    }
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Group justify="space-between" mb="lg">
          <Title order={1} size="h2">
            Baton
          </Title>
          <LanguageSwitcher />
        </Group>
        <Title order={2} size="h4" mb={4}>
          {t('signIn.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="lg">
          {t('signIn.subtitle')}
        </Text>
        <form onSubmit={onSubmit} noValidate aria-label={t('signIn.title')}>
          <Stack>
            {failure ? (
              <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="sign-in-error">
                {failure}
              </Alert>
            ) : null}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              autoFocus
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldErrors.email}
              data-testid="sign-in-email"
            />
            <PasswordField
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldErrors.password}
              data-testid="sign-in-password"
            />
            <Button type="submit" loading={loading} fullWidth data-testid="sign-in-submit">
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
        <Text size="sm" ta="center" mt="lg">
          <Anchor component={Link} to="/apply" data-testid="sign-in-apply">
            {t('applications.apply.becomePartner')}
          </Anchor>
        </Text>
      </Paper>
    </Center>
  );
}

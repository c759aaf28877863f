import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useFormatters } from '../../common/hooks/useFormatters';
import { notifySuccess } from '../../common/notify';
import { CreateIntegrationKeyMutation, IntegrationKeysQuery, RevokeIntegrationKeyMutation } from '../graphql/usage';

/** API keys of the product's integrations (vendor admins): the secret is shown once, at creation. */
export function IntegrationKeysCard() {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { data, error } = useQuery(IntegrationKeysQuery, { fetchPolicy: 'cache-and-network' });
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const errors = useFormErrors();
  const [create, creating] = useMutation(CreateIntegrationKeyMutation, { refetchQueries: ['IntegrationKeys'] });
  const [revoke, revokeState] = useMutation(RevokeIntegrationKeyMutation, { refetchQueries: ['IntegrationKeys'] });

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!name.trim()) return errors.setFieldErrors({ name: t('usage.keys.nameRequired') });
    try {
      const { data: created } = await create({ variables: { input: { name: name.trim() } } });
      if (created) setSecret(created.createIntegrationKey.secret);
      setName('');
    } catch (caught) {
      errors.fromException(caught);
    }
  }

  async function onRevoke() {
    if (!revoking) return;
    await revoke({ variables: { id: revoking.id } });
    notifySuccess(t('usage.keys.revoked', { name: revoking.name }));
    setRevoking(null);
  }

  const keys = data?.integrationKeys ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="integration-keys">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('usage.keys.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('usage.keys.intro')}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
        <form onSubmit={onCreate} noValidate>
          <Group align="flex-end">
            <TextInput
              label={t('usage.keys.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.fieldErrors.name}
              w={280}
              data-testid="key-name"
            />
            <Button
              type="submit"
              leftSection={<IconKey size={16} aria-hidden />}
              loading={creating.loading}
              data-testid="key-create"
            >
              {t('usage.keys.create')}
            </Button>
          </Group>
        </form>
        <FormError message={errors.formError} />
        {secret ? (
          <Alert color="yellow" title={t('usage.keys.secretTitle')} data-testid="key-secret">
            <Stack gap="xs">
              <Text size="sm">{t('usage.keys.secretOnce')}</Text>
              <Group gap="xs" wrap="nowrap">
                <Code data-testid="key-secret-value">{secret}</Code>
                <CopyButton value={secret}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('usage.keys.copied') : t('usage.keys.copy')}>
                      <ActionIcon
                        variant="subtle"
                        onClick={copy}
                        aria-label={t('usage.keys.copy')}
                        data-testid="key-copy"
                      >
                        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
              <Button variant="default" size="xs" w="fit-content" onClick={() => setSecret(null)}>
                {t('usage.keys.dismiss')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('usage.keys.name')}</Table.Th>
              <Table.Th>{t('usage.keys.prefix')}</Table.Th>
              <Table.Th>{t('usage.keys.createdBy')}</Table.Th>
              <Table.Th>{t('usage.keys.lastUsed')}</Table.Th>
              <Table.Th>{t('usage.keys.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.length === 0 ? <EmptyRows colSpan={6} message={t('usage.keys.empty')} /> : null}
            {keys.map((k) => (
              <Table.Tr key={k.id} data-testid="key-row" data-name={k.name}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>
                  <Code>{k.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  {k.createdByEmail}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(k.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('usage.keys.never')}</Table.Td>
                <Table.Td>
                  {k.revokedAt ? (
                    <Badge color="gray">{t('usage.keys.revokedOn', { at: formatDateTime(k.revokedAt) })}</Badge>
                  ) : (
                    <Badge color="green">{t('usage.keys.live')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {k.revokedAt ? null : (
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      onClick={() => setRevoking(k)}
                      data-testid="key-revoke"
                    >
                      {t('usage.keys.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Modal opened={!!revoking} onClose={() => setRevoking(null)} title={t('usage.keys.confirmTitle')}>
        <Stack>
          <Text size="sm">{t('usage.keys.confirm', { name: revoking?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={revokeState.loading}
              onClick={() => void onRevoke()}
              data-testid="key-revoke-confirm"
            >
              {t('usage.keys.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

import { Button, Group, NumberInput, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useFormatters } from '../../common/hooks/useFormatters';
import { notifySuccess } from '../../common/notify';
import { ActivationSettingsQuery, UpdateActivationSettingsMutation } from '../graphql/usage';

/** The activation threshold and window: vendor admins edit, staff read. */
export function ActivationSettingsCard() {
  const { t } = useTranslation();
  const user = useSession();
  const editable = user.role === 'VENDOR_ADMIN';
  const { formatDateTime } = useFormatters();
  const { data, error } = useQuery(ActivationSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const settings = data?.activationSettings;
  const [threshold, setThreshold] = useState<number | string>('');
  const [windowDays, setWindowDays] = useState<number | string>('');
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdateActivationSettingsMutation, {
    update(cache, { data: saved }) {
      if (saved)
        cache.writeQuery({
          query: ActivationSettingsQuery,
          data: { activationSettings: saved.updateActivationSettings },
        });
    },
    refetchQueries: ['ActivationOutreach'],
  });
  useEffect(() => {
    if (!settings) return;
    setThreshold(settings.threshold);
    setWindowDays(settings.windowDays);
  }, [settings?.updatedAt]);

  if (error && !settings) return <ErrorAlert error={error} />;
  if (!settings) return <Skeleton height={200} aria-label={t('list.loading')} />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const fields: Record<string, string> = {};
    if (typeof threshold !== 'number' || threshold < 1 || threshold > 100)
      fields.threshold = t('usage.settings.thresholdRange');
    if (typeof windowDays !== 'number' || windowDays < 1 || windowDays > 365)
      fields.windowDays = t('usage.settings.windowRange');
    if (Object.keys(fields).length > 0) return errors.setFieldErrors(fields);
    try {
      await update({ variables: { input: { threshold: Number(threshold), windowDays: Number(windowDays) } } });
      notifySuccess(t('usage.settings.saved'));
    } catch (caught) {
      errors.fromException(caught);
    }
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={onSubmit} noValidate data-testid="activation-settings-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('usage.settings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('usage.settings.intro')}
          </Text>
          <FormError message={errors.formError} />
          <Group align="flex-start">
            <NumberInput
              label={t('usage.settings.threshold')}
              min={1}
              max={100}
              allowDecimal={false}
              clampBehavior="none"
              value={threshold}
              onChange={setThreshold}
              error={errors.fieldErrors.threshold}
              readOnly={!editable}
              w={200}
              data-testid="settings-threshold"
            />
            <NumberInput
              label={t('usage.settings.windowDays')}
              min={1}
              max={365}
              allowDecimal={false}
              clampBehavior="none"
              value={windowDays}
              onChange={setWindowDays}
              error={errors.fieldErrors.windowDays}
              readOnly={!editable}
              w={200}
              data-testid="settings-window"
            />
          </Group>
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('usage.settings.updated', {
                at: formatDateTime(settings.updatedAt),
                by: settings.updatedByEmail ?? t('common.none'),
              })}
            </Text>
            {editable ? (
              <Button type="submit" loading={loading} data-testid="settings-save">
                {t('common.save')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

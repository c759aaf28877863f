import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentSettingsFieldsFragment } from '../../../gql/graphql';
import { useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useFormatters } from '../../common/hooks/useFormatters';
import { notifySuccess } from '../../common/notify';
import { AssignmentSettingsFormQuery, UpdateAssignmentSettingsMutation } from '../graphql/assignments';
import {
  checkSettings,
  DECLINE_DAYS_MAX,
  draftOf,
  WEIGHT_FIELDS,
  WEIGHT_KEYS,
  WEIGHT_MAX,
  weightShares,
  type SettingsDraft,
} from '../settings-form';

function inputOf(s: AssignmentSettingsFieldsFragment) {
  return {
    weightIndustry: s.weightIndustry,
    weightProducts: s.weightProducts,
    weightCertified: s.weightCertified,
    weightRegion: s.weightRegion,
    weightTier: s.weightTier,
    weightCapacity: s.weightCapacity,
    declineWindowDays: s.declineWindowDays,
  };
}

/** The recommendation weights and the decline window: editable by a vendor administrator, read-only for staff. */
export function AssignmentSettingsPanel() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AssignmentSettingsFormQuery, { fetchPolicy: 'cache-and-network' });
  const settings = data?.assignmentSettings;
  if (error && !settings) return <ErrorAlert error={error} />;
  if (!settings) return loading ? <Skeleton height={320} aria-label={t('list.loading')} /> : null;
  return <SettingsForm settings={settings} />;
}

function SettingsForm({ settings }: { settings: AssignmentSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const user = useSession();
  const editable = user.role === 'VENDOR_ADMIN';
  const { formatDateTime } = useFormatters();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(inputOf(settings)));
  const errors = useFormErrors();
  // The settings have no id to normalize them by: the saved values replace the query's answer.
  const [update, { loading }] = useMutation(UpdateAssignmentSettingsMutation, {
    update(cache, { data }) {
      if (data)
        cache.writeQuery({
          query: AssignmentSettingsFormQuery,
          data: { assignmentSettings: data.updateAssignmentSettings },
        });
    },
  });
  const shares = weightShares(draft);

  // Saved elsewhere (or by us): the form shows what the server holds.
  useEffect(() => setDraft(draftOf(inputOf(settings))), [settings.updatedAt]);

  const set = (field: keyof SettingsDraft) => (value: number | string) => setDraft((d) => ({ ...d, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!editable) return;
    errors.clear();
    const { input, problems } = checkSettings(draft);
    if (!input) {
      const { form, ...fields } = problems;
      errors.setFieldErrors(
        Object.fromEntries(
          Object.entries(fields).map(([field, key]) => [
            field,
            t(key as string, { max: field === 'declineWindowDays' ? DECLINE_DAYS_MAX : WEIGHT_MAX }),
          ]),
        ),
      );
      if (form) errors.setFormError(t(form));
      return;
    }
    try {
      await update({ variables: { input } });
      notifySuccess(t('assignments.settings.notify.saved'));
    } catch (saveError) {
      errors.fromException(saveError);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" maw={760}>
      <form onSubmit={onSubmit} noValidate data-testid="settings-form">
        <Stack>
          <div>
            <Title order={4}>{t('assignments.settings.weightsTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('assignments.settings.weightsIntro')}
            </Text>
          </div>
          {editable ? null : (
            <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="settings-read-only">
              {t('assignments.settings.readOnly')}
            </Alert>
          )}
          <FormError message={errors.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {WEIGHT_KEYS.map((key, index) => {
              const field = WEIGHT_FIELDS[key];
              return (
                <Stack key={key} gap={4}>
                  <NumberInput
                    label={t(`assignments.settings.weight.${key}`)}
                    description={t(`assignments.settings.weightHelp.${key}`)}
                    min={0}
                    max={WEIGHT_MAX}
                    clampBehavior="none"
                    allowDecimal={false}
                    allowNegative={false}
                    value={draft[field]}
                    onChange={set(field)}
                    error={errors.fieldErrors[field]}
                    readOnly={!editable}
                    autoFocus={editable && index === 0}
                    data-testid={`settings-weight-${key}`}
                  />
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={shares[key]} size="sm" style={{ flex: 1 }} aria-hidden />
                    <Text size="xs" c="dimmed" w={110} ta="right" data-testid={`settings-share-${key}`}>
                      {t('assignments.settings.share', { share: shares[key] })}
                    </Text>
                  </Group>
                </Stack>
              );
            })}
          </SimpleGrid>
          <Title order={4} mt="sm">
            {t('assignments.settings.declineTitle')}
          </Title>
          <NumberInput
            label={t('assignments.settings.declineDays')}
            description={t('assignments.settings.declineHelp', { max: DECLINE_DAYS_MAX })}
            min={0}
            max={DECLINE_DAYS_MAX}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            value={draft.declineWindowDays}
            onChange={set('declineWindowDays')}
            error={errors.fieldErrors.declineWindowDays}
            readOnly={!editable}
            w={260}
            data-testid="settings-decline-days"
          />
          <Group justify="space-between" align="center">
            <Text size="xs" c="dimmed" data-testid="settings-updated">
              {t('assignments.settings.updated', {
                at: formatDateTime(settings.updatedAt),
                by: settings.updatedByEmail ?? t('common.none'),
              })}
            </Text>
            {editable ? (
              <Group gap="sm">
                <Button
                  variant="default"
                  onClick={() => {
                    errors.clear();
                    setDraft(draftOf(inputOf(settings)));
                  }}
                >
                  {t('assignments.settings.revert')}
                </Button>
                <Button type="submit" loading={loading} data-testid="settings-submit">
                  {t('common.save')}
                </Button>
              </Group>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Button, Group, NumberInput, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useFormatters } from '../../common/hooks/useFormatters';
import { notifySuccess } from '../../common/notify';
import { StatementSettingsQuery, UpdateStatementSettingsMutation } from '../graphql/statements';

/** The yen paid per completed onboarding (vendor admins only); saving recomputes the statements. */
export function BaseFeeCard() {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { data, error } = useQuery(StatementSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const settings = data?.statementSettings;
  const [baseFee, setBaseFee] = useState<number | string>(settings?.baseFee ?? '');
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdateStatementSettingsMutation, {
    update(cache, { data: saved }) {
      if (saved)
        cache.writeQuery({ query: StatementSettingsQuery, data: { statementSettings: saved.updateStatementSettings } });
    },
    refetchQueries: ['PartnerStatements'],
  });
  useEffect(() => {
    if (settings) setBaseFee(settings.baseFee);
  }, [settings?.updatedAt]);

  if (error && !settings) return <ErrorAlert error={error} />;
  if (!settings) return <Skeleton height={180} aria-label={t('list.loading')} />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    // Range rules are the server's: it answers with field errors in the user's language.
    if (typeof baseFee !== 'number' || !Number.isInteger(baseFee))
      return errors.setFieldErrors({ baseFee: t('statements.baseFee.required') });
    try {
      await update({ variables: { input: { baseFee } } });
      notifySuccess(t('statements.baseFee.saved'));
    } catch (caught) {
      errors.fromException(caught);
    }
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={onSubmit} noValidate data-testid="base-fee-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('statements.baseFee.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('statements.baseFee.intro')}
          </Text>
          <FormError message={errors.formError} />
          <NumberInput
            label={t('statements.baseFee.label')}
            min={0}
            allowDecimal={false}
            clampBehavior="none"
            value={baseFee}
            onChange={setBaseFee}
            error={errors.fieldErrors.baseFee}
            data-testid="base-fee-input"
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('statements.baseFee.updated', {
                at: formatDateTime(settings.updatedAt),
                by: settings.updatedByEmail ?? t('common.none'),
              })}
            </Text>
            <Button type="submit" loading={loading} data-testid="base-fee-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { ActivationSettingsCard } from './ActivationSettingsCard';
import { IntegrationKeysCard } from './IntegrationKeysCard';
import { OutreachTable } from './OutreachTable';
import { UsageImportCard } from './UsageImportCard';

/** Vendor console: activation outreach, the usage import, the activation rule and the integrations' API keys. */
export default function UsagePage() {
  const { t } = useTranslation();
  const user = useSession();
  return (
    <Stack gap="md" data-testid="usage-page">
      <Title order={2}>{t('usage.title')}</Title>
      <OutreachTable />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <UsageImportCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ActivationSettingsCard />
        </Grid.Col>
      </Grid>
      {user.role === 'VENDOR_ADMIN' ? <IntegrationKeysCard /> : null}
    </Stack>
  );
}

import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { TierAdminDefinitionsQuery } from './graphql';
import { ReviewCyclesCard } from './ReviewCyclesCard';
import { TierDefinitionsTable } from './TierDefinitionsTable';
import { TierEditorModal } from './TierEditorModal';
import { TierVersionsCard } from './TierVersionsCard';

/** Vendor console: the tier definitions in effect, their versions, and the review cycles. */
export default function TierAdminPage() {
  const { t } = useTranslation();
  const user = useSession();
  const isAdmin = user.role === 'VENDOR_ADMIN';
  const [editing, setEditing] = useState(false);
  const { data, error } = useQuery(TierAdminDefinitionsQuery, { fetchPolicy: 'cache-and-network' });
  const tiers = data?.tierDefinitions ?? [];
  const sets = data?.tierDefinitionSets ?? [];
  const currentSetId = tiers[0]?.setId ?? null;
  const current = sets.find((s) => s.id === currentSetId);

  return (
    <Stack gap="md" data-testid="tiers-page">
      <Title order={2}>{t('tierAdmin.title')}</Title>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4">
              {t('tierAdmin.definitions.title')}
            </Title>
            {isAdmin ? (
              <Button
                leftSection={<IconPencil size={16} aria-hidden />}
                disabled={tiers.length === 0}
                onClick={() => setEditing(true)}
                data-testid="tier-definitions-edit"
              >
                {t('tierAdmin.definitions.edit')}
              </Button>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t('tierAdmin.definitions.intro')}
          </Text>
          {error && !data ? <ErrorAlert error={error} /> : null}
          {!data && !error ? <Skeleton height={240} aria-label={t('list.loading')} /> : null}
          {data ? (
            <TierDefinitionsTable
              tiers={tiers}
              caption={
                current
                  ? t('tierAdmin.caption', { version: current.version, date: current.effectiveFrom })
                  : t('tierAdmin.definitions.noVersion')
              }
              testId="tier-definitions-table"
              rowTestId="tier-row"
            />
          ) : null}
        </Stack>
      </Paper>
      {sets.length > 0 ? <TierVersionsCard sets={sets} currentSetId={currentSetId} /> : null}
      <ReviewCyclesCard canOpen={isAdmin} />
      {editing ? <TierEditorModal definitions={tiers} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}

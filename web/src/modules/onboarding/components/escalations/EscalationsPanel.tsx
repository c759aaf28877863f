import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconLifebuoy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationDetailFragment } from '../../../../gql/graphql';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { lastMessageOf, sortEscalations, statusOf } from '../../escalation-priority';
import { PROJECT_ESCALATION_QUERIES, ProjectEscalationsQuery } from '../../graphql/escalations';
import { EscalationCategoryBadge, EscalationPriorityBadge, EscalationStatusBadge } from './EscalationBadges';
import { EscalationDrawer } from './EscalationDrawer';
import { RaiseEscalationModal } from './RaiseEscalationModal';

/** Resolved escalations listed before "show all" (the latest resolutions). */
const RESOLVED_SHOWN = 3;

interface Props {
  projectId: string;
  /** Whether the user may ask the vendor for help here (a partner user on a running project). */
  canRaise: boolean;
}

/**
 * A project's escalations for its page (vendor console and partner portal): open ones first, most
 * urgent first; each opens its conversation. Loads and refetches itself.
 */
export function EscalationsPanel({ projectId, canRaise }: Props) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [raising, setRaising] = useState(false);
  const { data, loading, error } = useQuery(ProjectEscalationsQuery, {
    variables: { projectId },
    fetchPolicy: 'cache-and-network',
  });
  const escalations = useMemo(
    () => sortEscalations(data?.onboardingProject?.escalations ?? []),
    [data?.onboardingProject?.escalations],
  );
  const openCount = escalations.filter((e) => statusOf(e) === 'open').length;
  const [showAll, setShowAll] = useState(false);
  // Every open one, and the latest resolved ones unless asked for all.
  const shown = showAll ? escalations : escalations.slice(0, openCount + RESOLVED_SHOWN);
  const hidden = escalations.length - shown.length;

  return (
    <Paper withBorder radius="md" p="md" data-testid="escalations-panel" data-open={String(openCount)}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs">
          <Title order={3} size="h4">
            {t('escalations.panel.title')}
          </Title>
          {openCount > 0 ? (
            <Badge color="blue" variant="light" style={{ textTransform: 'none' }}>
              {t('escalations.panel.openCount', { count: openCount })}
            </Badge>
          ) : null}
        </Group>
        {canRaise ? (
          <Button
            size="xs"
            leftSection={<IconLifebuoy size={14} aria-hidden />}
            onClick={() => setRaising(true)}
            data-testid="escalation-raise"
          >
            {t('escalations.panel.raise')}
          </Button>
        ) : null}
      </Group>
      {error ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <Skeleton height={60} aria-label={t('list.loading')} />
      ) : escalations.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center" py="md" data-testid="escalations-empty">
          {t('escalations.panel.empty')}
        </Text>
      ) : (
        <Stack gap={0}>
          {shown.map((e) => (
            <EscalationItem key={e.id} escalation={e} onOpen={() => setSelectedId(e.id)} />
          ))}
          {hidden > 0 ? (
            <Button
              variant="subtle"
              size="xs"
              mt="xs"
              onClick={() => setShowAll(true)}
              data-testid="escalations-show-all"
            >
              {t('escalations.panel.showResolved', { count: hidden })}
            </Button>
          ) : null}
        </Stack>
      )}
      <EscalationDrawer
        id={selectedId}
        onClose={() => setSelectedId(null)}
        refetchQueries={PROJECT_ESCALATION_QUERIES}
      />
      {raising ? <RaiseEscalationModal projectId={projectId} onClose={() => setRaising(false)} /> : null}
    </Paper>
  );
}

function EscalationItem({ escalation: e, onOpen }: { escalation: EscalationDetailFragment; onOpen: () => void }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const last = lastMessageOf(e);
  const status = statusOf(e);
  return (
    <UnstyledButton
      onClick={onOpen}
      p="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)', display: 'block', width: '100%' }}
      aria-label={t('escalations.openConversation', { subject: e.subject })}
      data-testid="escalation-item"
      data-id={e.id}
      data-status={status}
      data-priority={e.priority ?? ''}
      data-subject={e.subject}
    >
      <Stack gap={2}>
        <Group gap="xs" wrap="wrap">
          <EscalationStatusBadge resolvedAt={e.resolvedAt} />
          <EscalationPriorityBadge priority={e.priority} />
          <EscalationCategoryBadge category={e.category} />
          <Text size="sm" fw={500}>
            {e.subject}
          </Text>
        </Group>
        {last ? (
          <>
            <Text size="sm" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
              {last.body}
            </Text>
            <Text size="xs" c="dimmed">
              {t('escalations.panel.lastMessage', {
                by: last.authorEmail ?? t('common.none'),
                at: formatDateTime(last.createdAt),
              })}
            </Text>
          </>
        ) : null}
      </Stack>
    </UnstyledButton>
  );
}

export default EscalationsPanel;

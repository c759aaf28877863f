import { Alert, Anchor, Divider, Drawer, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FaultCode } from '@baton/shared';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EscalationDetailFragment } from '../../../../gql/graphql';
import { faultCodeOf } from '../../../../apollo/errors';
import { experienceOfRole, useSession } from '../../../auth/hooks/useSession';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { FormError } from '../../../common/components/FormError';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { ageMs, firstResponseMs } from '../../escalation-age';
import { statusOf } from '../../escalation-priority';
import { EscalationConversationQuery } from '../../graphql/escalations';
import { EscalationCategoryBadge, EscalationPriorityBadge, EscalationStatusBadge } from './EscalationBadges';
import { EscalationMessages } from './EscalationMessages';
import { EscalationReplyForm } from './EscalationReplyForm';
import { EscalationResolveForm } from './EscalationResolveForm';
import { useDuration } from './useDuration';
import { useNow } from './useNow';

interface Props {
  /** The escalation shown; null keeps the drawer closed. */
  id: string | null;
  onClose: () => void;
  /** Operation names the host refetches after a reply or resolution (its list, stats, project). */
  refetchQueries: readonly string[];
  /** Whether to link the customer to the project page (not when already on it). */
  linkProject?: boolean;
}

/** One escalation's conversation, oldest message first, with a reply box and (vendor staff) "Resolve". */
export function EscalationDrawer({ id, onClose, refetchQueries, linkProject = false }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={id != null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('escalations.drawer.title')}
      closeButtonProps={{ 'aria-label': t('escalations.drawer.close') }}
    >
      {id ? (
        <EscalationConversation key={id} id={id} refetchQueries={refetchQueries} linkProject={linkProject} />
      ) : null}
    </Drawer>
  );
}

function EscalationConversation({
  id,
  refetchQueries,
  linkProject,
}: {
  id: string;
  refetchQueries: readonly string[];
  linkProject: boolean;
}) {
  const { t } = useTranslation();
  const user = useSession();
  // A reply or resolution refused because the escalation closed meanwhile: its form is gone once
  // the conversation shows the closed state, so the reason is shown here.
  const [refusal, setRefusal] = useState<string | null>(null);
  const { data, loading, error } = useQuery(EscalationConversationQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) {
    return <Skeleton height={200} aria-label={t('list.loading')} data-testid="escalation-drawer-loading" />;
  }
  // A malformed id in the address is refused as bad input: for the user it is an escalation that does not exist.
  const malformedId = faultCodeOf(error) === FaultCode.BAD_USER_INPUT;
  if (error && !malformedId) return <ErrorAlert error={error} />;
  const escalation = data?.escalation;
  if (!escalation) {
    return (
      <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="escalation-not-found">
        {t('escalations.drawer.notFound')}
      </Alert>
    );
  }

  const vendor = user.role === 'VENDOR_ADMIN' || user.role === 'VENDOR_STAFF';
  const partner = user.role === 'PARTNER_ADMIN' || user.role === 'PARTNER_MEMBER';
  const open = statusOf(escalation) === 'open';
  const projectLink = linkProject ? `/${experienceOfRole(user.role)}/projects/${escalation.projectId}` : null;

  return (
    <Stack
      gap="md"
      data-testid="escalation-drawer"
      data-id={escalation.id}
      data-status={statusOf(escalation)}
      data-priority={escalation.priority ?? ''}
    >
      <EscalationSummary escalation={escalation} projectLink={projectLink} />
      <Divider label={t('escalations.drawer.conversation')} labelPosition="left" />
      <EscalationMessages messages={escalation.messages} />
      {open ? (
        <>
          {vendor || partner ? (
            <EscalationReplyForm escalationId={escalation.id} refetchQueries={refetchQueries} onRefused={setRefusal} />
          ) : null}
          {vendor ? (
            <EscalationResolveForm
              escalationId={escalation.id}
              refetchQueries={refetchQueries}
              onRefused={setRefusal}
            />
          ) : null}
        </>
      ) : (
        <>
          <FormError message={refusal} />
          <Alert color="green" icon={<IconCircleCheck size={18} />} data-testid="escalation-closed">
            {t('escalations.drawer.closed')}
          </Alert>
        </>
      )}
    </Stack>
  );
}

function EscalationSummary({
  escalation: e,
  projectLink,
}: {
  escalation: EscalationDetailFragment;
  projectLink: string | null;
}) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const now = useNow();
  const duration = useDuration();
  const none = t('common.none');
  const customer = e.project?.customer?.companyName;
  const response = firstResponseMs(e);
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <EscalationStatusBadge resolvedAt={e.resolvedAt} />
        <EscalationPriorityBadge priority={e.priority} />
        <EscalationCategoryBadge category={e.category} />
      </Group>
      <Title order={3} size="h4" data-testid="escalation-subject">
        {e.subject}
      </Title>
      <Text size="sm">
        {customer && projectLink ? (
          <Anchor component={Link} to={projectLink} data-testid="escalation-project-link">
            {customer}
          </Anchor>
        ) : (
          (customer ?? none)
        )}
        {' · '}
        {e.project?.partner?.name ?? none}
      </Text>
      <Text size="xs" c="dimmed">
        {t('escalations.drawer.raisedBy', { by: e.raisedByEmail ?? none, at: formatDateTime(e.createdAt) })}
      </Text>
      {e.resolvedAt ? (
        <Text size="xs" c="dimmed" data-testid="escalation-resolved-by">
          {t('escalations.drawer.resolvedBy', {
            by: e.resolvedByEmail ?? none,
            at: formatDateTime(e.resolvedAt),
            duration: duration(ageMs(e, now)),
          })}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('escalations.drawer.openFor', { duration: duration(ageMs(e, now)) })}
        </Text>
      )}
      <Text size="xs" c={response === null ? 'orange.8' : 'dimmed'}>
        {response === null
          ? t('escalations.awaitingResponse')
          : t('escalations.drawer.firstResponse', { duration: duration(response) })}
      </Text>
    </Stack>
  );
}

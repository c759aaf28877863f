import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { useFormatters } from '../../common/hooks/useFormatters';
import { isDecided } from '../criteria';
import { PartnerApplicationQuery } from '../graphql/applications';
import { ApplicationDetails } from './ApplicationDetails';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { ApproveModal, type Approval } from './ApproveModal';
import { DecisionCard } from './DecisionCard';
import { InvitationLink } from './InvitationLink';
import { RejectModal } from './RejectModal';
import { Scorecard } from './Scorecard';

const VENDOR_ROLES = ['VENDOR_ADMIN', 'VENDOR_STAFF'];

type Dialog = 'approve' | 'reject' | null;

/** One application: what was submitted, the scorecard, and the decision (vendor staff decide; auditors read). */
export default function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSession();
  const experience = experienceOfRole(user.role);
  const listRoot = `/${experience}/applications`;
  const partnersRoot = `/${experience}/partners`;
  const vendor = VENDOR_ROLES.includes(user.role);
  const { formatDateTime } = useFormatters();
  const { data, loading, error } = useQuery(PartnerApplicationQuery, { variables: { id } });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dirty, setDirty] = useState(false);
  const [approval, setApproval] = useState<Approval | null>(null);

  const back = (
    <Anchor component={Link} to={listRoot} size="sm" data-testid="application-back">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('applications.detail.back')}
      </Group>
    </Anchor>
  );

  if (loading && !data) {
    return (
      <Stack data-testid="application-page-loading">
        <Skeleton height={32} width="40%" aria-label={t('list.loading')} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (error) return <ErrorAlert error={error} />;
  const application = data?.partnerApplication;
  if (!application) {
    return (
      <Stack>
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="application-not-found">
          {t('applications.detail.notFound')}
        </Alert>
        {back}
      </Stack>
    );
  }

  const decided = isDecided(application.status);
  const canDecide = vendor && !decided;
  const unscored = application.unscoredCriteria;
  const approveBlocked = unscored.length > 0 || dirty;
  const approveHint =
    unscored.length > 0
      ? t('applications.approve.needsScores', {
          criteria: unscored.map((c) => t(`applications.criteria.${c}.label`)).join(t('applications.listSeparator')),
        })
      : t('applications.approve.unsaved');

  return (
    <Stack gap="md" data-testid="application-page">
      {back}
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={6}>
          <Title order={2} data-testid="application-firm-name">
            {application.firmName}
          </Title>
          <Group gap="xs" wrap="wrap">
            <span data-testid="application-status">
              <ApplicationStatusBadge status={application.status} />
            </span>
            <Text size="sm" c="dimmed" data-testid="application-reference">
              {t('applications.detail.reference', { reference: application.reference })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('applications.detail.submittedAt', { date: formatDateTime(application.createdAt) })}
            </Text>
          </Group>
        </Stack>
        {canDecide ? (
          <Group gap="sm">
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => setDialog('reject')}
              data-testid="application-reject"
            >
              {t('applications.reject.action')}
            </Button>
            <Tooltip label={approveHint} disabled={!approveBlocked} multiline w={320}>
              <Button
                color="green"
                leftSection={<IconCheck size={16} aria-hidden />}
                onClick={() => !approveBlocked && setDialog('approve')}
                data-disabled={approveBlocked || undefined}
                aria-disabled={approveBlocked || undefined}
                data-testid="application-approve"
              >
                {t('applications.approve.action')}
              </Button>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
      {!vendor ? (
        <Text size="sm" c="dimmed" data-testid="application-read-only">
          {t('applications.detail.readOnly')}
        </Text>
      ) : null}
      {approval ? <InvitationLink approval={approval} partnersRoot={partnersRoot} /> : null}
      <ApplicationDetails application={application} />
      <Scorecard
        key={`${application.id}-${application.status}`}
        application={application}
        editable={canDecide}
        onDirtyChange={setDirty}
      />
      <DecisionCard application={application} partnersRoot={partnersRoot} />
      {dialog === 'approve' ? (
        <ApproveModal
          application={application}
          onClose={() => setDialog(null)}
          onApproved={(result) => {
            setApproval(result);
            setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'reject' ? <RejectModal application={application} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}

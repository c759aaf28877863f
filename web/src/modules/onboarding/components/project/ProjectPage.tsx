import { Alert, Anchor, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { FaultCode } from '@baton/shared';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProjectPagePhaseFragment } from '../../../../gql/graphql';
import { faultCodeOf } from '../../../../apollo/errors';
import { experienceOfRole, useSession } from '../../../auth/hooks/useSession';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { SurveysPanel } from '../../../surveys/components/SurveysPanel';
import { ProjectUsagePanel } from '../../../usage/components/ProjectUsagePanel';
import { ProjectPageQuery } from '../../graphql/projects';
import { isClosed } from '../../project-health';
import { EscalationsPanel } from '../escalations/EscalationsPanel';
import { AddIssueModal } from './AddIssueModal';
import { ChurnModal } from './ChurnModal';
import { CompletePhaseModal } from './CompletePhaseModal';
import { EditTeamModal } from './EditTeamModal';
import { IssuesSection } from './IssuesSection';
import { LogWorkModal } from './LogWorkModal';
import { PhaseList } from './PhaseList';
import { ProjectHeader } from './ProjectHeader';
import { ProjectTimeline } from './ProjectTimeline';
import { ReopenPhaseModal } from './ReopenPhaseModal';
import { TeamSection } from './TeamSection';
import { WorkLogSection } from './WorkLogSection';

type Dialog =
  | { kind: 'complete'; phase: ProjectPagePhaseFragment }
  | { kind: 'reopen'; phase: ProjectPagePhaseFragment }
  | { kind: 'logWork' }
  | { kind: 'addIssue' }
  | { kind: 'team' }
  | { kind: 'churn' }
  | null;

/**
 * One onboarding project, for the vendor console and the partner portal alike: the firm reports
 * (completes phases, logs work, tracks issues, staffs the team), vendor staff correct (reopen a
 * phase) and close (churn). What a user may do follows their role.
 */
export default function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSession();
  const experience = experienceOfRole(user.role);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading, error } = useQuery(ProjectPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const close = () => setDialog(null);

  const back = (
    <Anchor component={Link} to={`/${experience}/projects`} size="sm" data-testid="project-back">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('onboarding.back')}
      </Group>
    </Anchor>
  );

  if (loading && !data) {
    return (
      <Stack data-testid="project-page-loading">
        <Skeleton height={32} width="40%" aria-label={t('list.loading')} />
        <Skeleton height={240} />
      </Stack>
    );
  }
  // A malformed id in the address is refused as bad input: for the user it is a project that does not exist.
  const malformedId = faultCodeOf(error) === FaultCode.BAD_USER_INPUT;
  if (error && !malformedId) return <ErrorAlert error={error} />;
  const project = data?.onboardingProject;
  if (!project) {
    return (
      <Stack>
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="project-not-found">
          {t('onboarding.notFound')}
        </Alert>
        {back}
      </Stack>
    );
  }

  const closed = isClosed(project.health);
  const vendor = user.role === 'VENDOR_ADMIN' || user.role === 'VENDOR_STAFF';
  const partner = user.role === 'PARTNER_ADMIN' || user.role === 'PARTNER_MEMBER';
  const can = {
    report: partner && !closed,
    resolve: partner,
    staff: user.role === 'PARTNER_ADMIN' && !closed,
    reopen: vendor && project.health !== 'CHURNED',
    churn: vendor && !closed,
  };

  return (
    <Stack gap="md" data-testid="project-page" data-id={project.id} data-health={project.health}>
      {back}
      <ProjectHeader
        project={project}
        linkCustomer={vendor}
        onChurn={can.churn ? () => setDialog({ kind: 'churn' }) : undefined}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <ProjectUsagePanel projectId={project.id} />
            <PhaseList
              phases={project.phases}
              churned={project.health === 'CHURNED'}
              onComplete={can.report ? (phase) => setDialog({ kind: 'complete', phase }) : undefined}
              onReopen={can.reopen ? (phase) => setDialog({ kind: 'reopen', phase }) : undefined}
            />
            <WorkLogSection
              workLogs={project.workLogs}
              onAdd={can.report ? () => setDialog({ kind: 'logWork' }) : undefined}
            />
            <SurveysPanel projectId={project.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <IssuesSection
              issues={project.issues}
              canResolve={can.resolve}
              onAdd={can.report ? () => setDialog({ kind: 'addIssue' }) : undefined}
            />
            <EscalationsPanel projectId={project.id} canRaise={can.report} />
            <TeamSection
              lead={project.leadConsultant ?? null}
              team={project.team}
              onEdit={can.staff ? () => setDialog({ kind: 'team' }) : undefined}
            />
            <ProjectTimeline events={project.timeline} phases={project.phases} />
          </Stack>
        </Grid.Col>
      </Grid>
      {dialog?.kind === 'complete' ? <CompletePhaseModal phase={dialog.phase} onClose={close} /> : null}
      {dialog?.kind === 'reopen' ? <ReopenPhaseModal phase={dialog.phase} onClose={close} /> : null}
      {dialog?.kind === 'logWork' ? <LogWorkModal projectId={project.id} onClose={close} /> : null}
      {dialog?.kind === 'addIssue' ? <AddIssueModal projectId={project.id} onClose={close} /> : null}
      {dialog?.kind === 'team' ? <EditTeamModal project={project} onClose={close} /> : null}
      {dialog?.kind === 'churn' ? <ChurnModal project={project} onClose={close} /> : null}
    </Stack>
  );
}

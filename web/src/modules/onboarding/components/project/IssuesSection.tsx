import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPageDetailFragment } from '../../../../gql/graphql';
import { faultMessage } from '../../../common/fault-message';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { notifyError, notifySuccess } from '../../../common/notify';
import { PROJECT_QUERIES, ProjectResolveIssueMutation } from '../../graphql/projects';
import { Section } from './Section';

type Issue = ProjectPageDetailFragment['issues'][number];

interface Props {
  issues: readonly Issue[];
  canResolve: boolean;
  /** Given when the user may add issues. */
  onAdd?: () => void;
}

/** The onboarding's open issues first (newest first), then the resolved ones. */
export function IssuesSection({ issues, canResolve, onAdd }: Props) {
  const { t } = useTranslation();
  const open = issues.filter((i) => !i.resolvedAt);
  const resolved = issues.filter((i) => i.resolvedAt);

  return (
    <Section
      title={t('onboarding.issues.title', { open: open.length })}
      testId="project-issues"
      actions={
        onAdd ? (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={onAdd} data-testid="issue-add">
            {t('onboarding.issues.add')}
          </Button>
        ) : null
      }
    >
      {issues.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center" py="md" data-testid="issues-empty">
          {t('onboarding.issues.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {[...open, ...resolved].map((issue) => (
            <IssueRow key={issue.id} issue={issue} canResolve={canResolve} />
          ))}
        </Stack>
      )}
    </Section>
  );
}

function IssueRow({ issue, canResolve }: { issue: Issue; canResolve: boolean }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const [resolve] = useMutation(ProjectResolveIssueMutation, {
    refetchQueries: PROJECT_QUERIES,
    awaitRefetchQueries: true,
  });
  const [resolving, setResolving] = useState(false);
  const none = t('common.none');

  async function onResolve() {
    setResolving(true);
    try {
      const { data } = await resolve({ variables: { input: { issueId: issue.id } } });
      const result = data?.resolveProjectIssue;
      if (result?.__typename === 'ProjectIssue')
        notifySuccess(t('onboarding.issues.notifyResolved', { title: issue.title }));
      else if (result) notifyError(result.message);
    } catch (error) {
      notifyError(faultMessage(error, t));
    } finally {
      setResolving(false);
    }
  }

  return (
    <Group
      justify="space-between"
      align="start"
      wrap="nowrap"
      p="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      data-testid="issue-row"
      data-id={issue.id}
      data-resolved={issue.resolvedAt ? 'true' : 'false'}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Badge
            size="sm"
            color={issue.resolvedAt ? 'green' : 'orange'}
            variant="light"
            style={{ textTransform: 'none' }}
          >
            {issue.resolvedAt ? t('onboarding.issues.resolved') : t('onboarding.issues.open')}
          </Badge>
          <Text size="sm" fw={500} td={issue.resolvedAt ? 'line-through' : undefined} data-testid="issue-title-text">
            {issue.title}
          </Text>
        </Group>
        {issue.note ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {issue.note}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('onboarding.issues.openedBy', { at: formatDateTime(issue.openedAt), by: issue.openedByEmail ?? none })}
        </Text>
        {issue.resolvedAt ? (
          <Text size="xs" c="dimmed">
            {t('onboarding.issues.resolvedBy', {
              at: formatDateTime(issue.resolvedAt),
              by: issue.resolvedByEmail ?? none,
            })}
          </Text>
        ) : null}
      </Stack>
      {canResolve && !issue.resolvedAt ? (
        <Button
          size="xs"
          variant="light"
          color="green"
          leftSection={<IconCheck size={14} aria-hidden />}
          loading={resolving}
          style={{ flexShrink: 0 }}
          onClick={() => void onResolve()}
          data-testid="issue-resolve"
        >
          {t('onboarding.issues.resolve')}
        </Button>
      ) : null}
    </Group>
  );
}

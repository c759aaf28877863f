import { ActionIcon, Alert, Anchor, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCircleCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { absoluteUrl } from '../criteria';
import type { Approval } from './ApproveModal';

/** Shown once after approval: the new firm, and the invitation link to pass on (no e-mail is sent). */
export function InvitationLink({ approval, partnersRoot }: { approval: Approval; partnersRoot: string }) {
  const { t } = useTranslation();
  const url = absoluteUrl(approval.invitationUrl, window.location.origin);
  return (
    <Alert
      color="green"
      icon={<IconCircleCheck size={18} />}
      title={t('applications.approved.title')}
      data-testid="application-approved"
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm">{t('applications.approved.partner')}</Text>
          <Anchor component={Link} to={`${partnersRoot}/${approval.partnerId}`} data-testid="approved-partner-link">
            {approval.partnerName}
          </Anchor>
        </Group>
        <Text size="sm">{t('applications.approved.invitation')}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="approved-invitation-url">
            {url}
          </Code>
          <CopyButton value={url} timeout={3000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('applications.approved.copied') : t('applications.approved.copy')} withArrow>
                <ActionIcon
                  variant={copied ? 'filled' : 'light'}
                  color={copied ? 'teal' : 'blue'}
                  onClick={copy}
                  size="lg"
                  aria-label={copied ? t('applications.approved.copied') : t('applications.approved.copy')}
                  data-testid="approved-invitation-copy"
                  data-copied={copied || undefined}
                >
                  {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          {t('applications.approved.once')}
        </Text>
      </Stack>
    </Alert>
  );
}

import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EscalationDetailFragment } from '../../../../gql/graphql';
import { useFormatters } from '../../../common/hooks/useFormatters';

type Message = EscalationDetailFragment['messages'][number];

/** The conversation, oldest first: the vendor's messages on the right in blue, the partner's on the left in gray. */
export function EscalationMessages({ messages }: { messages: readonly Message[] }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Stack gap="sm" data-testid="escalation-messages">
      {messages.map((m) => {
        const from = m.fromVendor ? 'vendor' : 'partner';
        return (
          <Paper
            key={m.id}
            withBorder
            radius="md"
            p="sm"
            ml={m.fromVendor ? 'xl' : 0}
            mr={m.fromVendor ? 0 : 'xl'}
            bg={m.fromVendor ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
            data-testid="escalation-message"
            data-id={m.id}
            data-from={from}
          >
            <Group justify="space-between" gap="xs" mb={4} wrap="wrap">
              <Text size="xs" fw={600} c={m.fromVendor ? 'blue.8' : undefined}>
                {m.fromVendor ? t('escalations.drawer.fromVendor') : t('escalations.drawer.fromPartner')}
                {' · '}
                {m.authorEmail ?? t('common.none')}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(m.createdAt)}
              </Text>
            </Group>
            <Text
              size="sm"
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              data-testid="escalation-message-body"
            >
              {m.body}
            </Text>
          </Paper>
        );
      })}
    </Stack>
  );
}

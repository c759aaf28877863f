import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { ReplyToEscalationMutation } from '../../graphql/escalations';
import { submitOnCtrlEnter } from './submit-on-ctrl-enter';

/** Limit the server checks too (ReplyToEscalationInput.body). */
export const MESSAGE_MAX = 5000;

interface Props {
  escalationId: string;
  refetchQueries: readonly string[];
  /** Told the server's reason when it refuses (e.g. resolved meanwhile), as the form may then disappear. */
  onRefused?: (message: string) => void;
}

/** A message on an open escalation, from either side. */
export function EscalationReplyForm({ escalationId, refetchQueries, onRefused }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const errors = useFormErrors();
  const [reply, { loading }] = useMutation(ReplyToEscalationMutation, {
    // The conversation too: a "resolved meanwhile" answer must show the closed state.
    refetchQueries: ['EscalationConversation', ...refetchQueries],
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!body.trim()) {
      errors.setFieldErrors({ body: t('validation.required') });
      return;
    }
    try {
      const { data } = await reply({ variables: { input: { escalationId, body: body.trim() } } });
      const result = data?.replyToEscalation;
      if (!result) return;
      if (result.__typename === 'Escalation') {
        setBody('');
        notifySuccess(t('escalations.notify.replied'));
      } else {
        errors.setFormError(result.message);
        onRefused?.(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="escalation-reply-form">
      <Stack gap="xs">
        <FormError message={errors.formError} />
        <Textarea
          label={t('escalations.reply.label')}
          placeholder={t('escalations.reply.placeholder')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MESSAGE_MAX}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={submitOnCtrlEnter}
          error={errors.fieldErrors.body}
          data-testid="escalation-reply"
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('escalations.reply.hint')}
          </Text>
          <Button
            type="submit"
            loading={loading}
            leftSection={<IconSend size={16} aria-hidden />}
            data-testid="escalation-reply-submit"
          >
            {t('escalations.reply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

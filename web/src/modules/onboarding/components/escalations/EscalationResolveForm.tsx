import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { ResolveEscalationMutation } from '../../graphql/escalations';
import { MESSAGE_MAX } from './EscalationReplyForm';
import { submitOnCtrlEnter } from './submit-on-ctrl-enter';

interface Props {
  escalationId: string;
  refetchQueries: readonly string[];
  /** Told the server's reason when it refuses (e.g. resolved meanwhile), as the form may then disappear. */
  onRefused?: (message: string) => void;
}

/** Vendor staff close an escalation; the resolution (required) becomes the conversation's last message. */
export function EscalationResolveForm({ escalationId, refetchQueries, onRefused }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [resolution, setResolution] = useState('');
  const errors = useFormErrors();
  const [resolve, { loading }] = useMutation(ResolveEscalationMutation, {
    refetchQueries: ['EscalationConversation', ...refetchQueries],
    awaitRefetchQueries: true,
  });

  if (!opened) {
    return (
      <Group justify="flex-end">
        <Button
          variant="light"
          color="green"
          leftSection={<IconCheck size={16} aria-hidden />}
          onClick={() => setOpened(true)}
          data-testid="escalation-resolve"
        >
          {t('escalations.resolve.open')}
        </Button>
      </Group>
    );
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!resolution.trim()) {
      errors.setFieldErrors({ resolution: t('validation.required') });
      return;
    }
    try {
      const { data } = await resolve({ variables: { input: { escalationId, resolution: resolution.trim() } } });
      const result = data?.resolveEscalation;
      if (!result) return;
      if (result.__typename === 'Escalation') notifySuccess(t('escalations.notify.resolved'));
      else {
        errors.setFormError(result.message);
        onRefused?.(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Paper withBorder radius="md" p="sm">
      <form onSubmit={onSubmit} noValidate data-testid="escalation-resolve-form">
        <Stack gap="xs">
          <FormError message={errors.formError} />
          <Textarea
            label={t('escalations.resolve.label')}
            description={t('escalations.resolve.description')}
            required
            autoFocus
            autosize
            minRows={3}
            maxRows={10}
            maxLength={MESSAGE_MAX}
            value={resolution}
            onChange={(e) => setResolution(e.currentTarget.value)}
            onKeyDown={submitOnCtrlEnter}
            error={errors.fieldErrors.resolution}
            data-testid="escalation-resolution"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="green"
              loading={loading}
              leftSection={<IconCheck size={16} aria-hidden />}
              data-testid="escalation-resolve-submit"
            >
              {t('escalations.resolve.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { ActionIcon, Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { isEmail } from '../../../common/validation';
import { InviteConsultantMutation } from '../../graphql/training';
import { absoluteUrl } from '../../vocabulary';

const EMAIL_MAX = 254;
const NAME_MAX = 100;

interface Props {
  /** Vendor staff name the firm; a partner admin's own firm is implied. */
  partnerId?: string;
  onClose: () => void;
}

/** Invites a consultant, then shows the link to pass on (no mail is sent). */
export function InviteConsultantModal({ partnerId, onClose }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [invited, setInvited] = useState<{ name: string; url: string | null } | null>(null);
  const errors = useFormErrors();
  const [invite, { loading }] = useMutation(InviteConsultantMutation, {
    refetchQueries: ['Consultants', 'TrainingMatrix'],
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!isEmail(email)) found.email = t('validation.email');
    else if (email.trim().length > EMAIL_MAX) found.email = t('validation.maxLength', { max: EMAIL_MAX });
    if (!displayName.trim()) found.displayName = t('validation.required');
    else if (displayName.trim().length > NAME_MAX) found.displayName = t('validation.maxLength', { max: NAME_MAX });
    if (Object.keys(found).length > 0) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const { data } = await invite({
        variables: {
          input: { email: email.trim(), displayName: displayName.trim(), ...(partnerId ? { partnerId } : {}) },
        },
      });
      const result = data?.inviteConsultant;
      if (!result) return;
      if (result.__typename === 'ConsultantInvitation') {
        notifySuccess(t('training.consultants.notify.invited', { name: result.consultant.displayName }));
        setInvited({
          name: result.consultant.displayName,
          url: result.acceptUrl ? absoluteUrl(result.acceptUrl, window.location.origin) : null,
        });
      } else if (
        result.__typename === 'ConsultantAlreadyExistsError' ||
        result.__typename === 'EmailAlreadyUsedError'
      ) {
        errors.setFieldErrors({ email: result.message });
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('training.consultants.invite.title')} size="lg">
      {invited ? (
        <Stack data-testid="invite-consultant-done">
          <Alert color="green" icon={<IconMailForward size={18} />}>
            {invited.url
              ? t('training.consultants.invite.linkIntro', { name: invited.name })
              : t('training.consultants.invite.linked', { name: invited.name })}
          </Alert>
          {invited.url ? (
            <Group gap="xs" wrap="nowrap">
              <TextInput
                readOnly
                value={invited.url}
                aria-label={t('training.consultants.invite.link')}
                style={{ flex: 1 }}
                onFocus={(e) => e.currentTarget.select()}
                data-testid="invite-consultant-link"
              />
              <CopyButton value={invited.url}>
                {({ copied, copy }) => (
                  <Tooltip
                    label={copied ? t('training.consultants.invite.copied') : t('training.consultants.invite.copy')}
                  >
                    <ActionIcon
                      variant="light"
                      size="lg"
                      color={copied ? 'green' : undefined}
                      onClick={copy}
                      aria-label={t('training.consultants.invite.copy')}
                      data-testid="invite-consultant-copy"
                    >
                      {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          ) : null}
          {invited.url ? (
            <Text size="xs" c="dimmed">
              {t('training.consultants.invite.noMail')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="invite-consultant-close">
              {t('training.common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate data-testid="invite-consultant-form">
          <Stack>
            <FormError message={errors.formError} />
            <TextInput
              label={t('training.consultants.columns.email')}
              type="email"
              required
              data-autofocus
              maxLength={EMAIL_MAX}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.fieldErrors.email}
              data-testid="invite-consultant-email"
            />
            <TextInput
              label={t('training.consultants.columns.name')}
              required
              maxLength={NAME_MAX}
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={errors.fieldErrors.displayName}
              data-testid="invite-consultant-name"
            />
            <Text size="xs" c="dimmed">
              {t('training.consultants.invite.description')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading} data-testid="invite-consultant-submit">
                {t('training.consultants.invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

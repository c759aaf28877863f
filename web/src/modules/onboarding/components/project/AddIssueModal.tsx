import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { PROJECT_QUERIES, ProjectOpenIssueMutation } from '../../graphql/projects';
import { SUMMARY_MAX } from './CompletePhaseModal';

/** Limit the server checks too (OpenProjectIssueInput.title). */
export const TITLE_MAX = 200;

/** The firm records an open issue of the onboarding (to be resolved before go-live). */
export function AddIssueModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const [openIssue, { loading }] = useMutation(ProjectOpenIssueMutation, {
    refetchQueries: PROJECT_QUERIES,
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!title.trim()) {
      errors.setFieldErrors({ title: t('validation.required') });
      return;
    }
    try {
      const { data } = await openIssue({
        variables: { input: { projectId, title: title.trim(), note: note.trim() || null } },
      });
      const result = data?.openProjectIssue;
      if (!result) return;
      if (result.__typename === 'ProjectIssue') {
        notifySuccess(t('onboarding.issues.notifyAdded'));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('onboarding.issues.addTitle')} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="issue-form">
        <Stack>
          <FormError message={errors.formError} />
          <TextInput
            label={t('onboarding.issues.issueTitle')}
            required
            data-autofocus
            maxLength={TITLE_MAX}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.fieldErrors.title}
            data-testid="issue-title"
          />
          <Textarea
            label={t('onboarding.issues.note')}
            autosize
            minRows={3}
            maxLength={SUMMARY_MAX}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.fieldErrors.note}
            data-testid="issue-note"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="issue-submit">
              {t('onboarding.issues.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

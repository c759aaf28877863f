import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationCategory } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { ArticleSuggestions } from '../../../knowledge/components/ArticleSuggestions';
import { useEscalationDraft } from '../../../knowledge/components/useEscalationDraft';
import { notifySuccess } from '../../../common/notify';
import { ESCALATION_CATEGORIES } from '../../escalation-inbox-query';
import { PROJECT_ESCALATION_QUERIES, RaiseEscalationMutation } from '../../graphql/escalations';
import { MESSAGE_MAX } from './EscalationReplyForm';
import { submitOnCtrlEnter } from './submit-on-ctrl-enter';

/** Limit the server checks too (RaiseEscalationInput.subject). */
export const SUBJECT_MAX = 200;

interface Props {
  projectId: string;
  onClose: () => void;
}

/** A partner user asks the vendor for help on a project: category, subject and the first message. */
export function RaiseEscalationModal({ projectId, onClose }: Props) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<EscalationCategory | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const errors = useFormErrors();
  // Knowledge-base funnel: suggested articles first; closing without raising counts as abandoned.
  const draft = useEscalationDraft(projectId);
  const cancel = () => {
    void draft.abandon();
    onClose();
  };
  const [raise, { loading }] = useMutation(RaiseEscalationMutation, {
    refetchQueries: PROJECT_ESCALATION_QUERIES,
    awaitRefetchQueries: true,
  });

  /** A corrected field loses its error at once; the others keep theirs until the next submit. */
  function edited(field: 'category' | 'subject' | 'body') {
    if (errors.fieldErrors[field]) errors.setFieldErrors(({ [field]: _fixed, ...rest }) => rest);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!category) found.category = t('validation.required');
    if (!subject.trim()) found.subject = t('validation.required');
    if (!body.trim()) found.body = t('validation.required');
    if (Object.keys(found).length > 0 || !category) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const { data } = await raise({
        variables: {
          input: { projectId, category, subject: subject.trim(), body: body.trim(), draftId: await draft.id() },
        },
      });
      const result = data?.raiseEscalation;
      if (!result) return;
      if (result.__typename === 'Escalation') {
        notifySuccess(t('escalations.notify.raised'));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={cancel} title={t('escalations.raise.title')} size="lg">
      <form onSubmit={onSubmit} noValidate data-testid="raise-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('escalations.raise.intro')}
          </Text>
          <ArticleSuggestions projectId={projectId} subject={subject} onOpened={(id) => void draft.articleOpened(id)} />
          <FormError message={errors.formError} />
          <Select
            label={t('escalations.raise.category')}
            required
            data-autofocus
            data={ESCALATION_CATEGORIES.map((value) => ({ value, label: t(`escalations.category.${value}`) }))}
            value={category}
            onChange={(value) => {
              setCategory(value as EscalationCategory | null);
              edited('category');
            }}
            error={errors.fieldErrors.category}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="raise-category"
          />
          <TextInput
            label={t('escalations.raise.subject')}
            required
            maxLength={SUBJECT_MAX}
            value={subject}
            onChange={(e) => {
              setSubject(e.currentTarget.value);
              edited('subject');
            }}
            error={errors.fieldErrors.subject}
            data-testid="raise-subject"
          />
          <Textarea
            label={t('escalations.raise.body')}
            description={t('escalations.raise.bodyHint')}
            required
            autosize
            minRows={5}
            maxRows={14}
            maxLength={MESSAGE_MAX}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              edited('body');
            }}
            onKeyDown={submitOnCtrlEnter}
            error={errors.fieldErrors.body}
            data-testid="raise-body"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="raise-submit">
              {t('escalations.raise.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

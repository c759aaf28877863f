import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { submitOnCtrlEnter } from '../../onboarding/components/escalations/submit-on-ctrl-enter';
import { localToday } from '../action-items';
import { MeetingProjectOptionsQuery, RecordMeetingMutation } from '../graphql/meetings';
import {
  buildRecordMeetingInput,
  emptyDraft,
  formFieldErrors,
  MEETING_LIMITS,
  meetingDraftProblems,
  type MeetingDraft,
  type MeetingProblem,
} from '../meeting-form';
import { ActionItemRowsInput } from './ActionItemRowsInput';

interface Props {
  firms: readonly { id: string; name: string }[];
  /** The firm the list is filtered on, if any: the form starts with it. */
  initialPartnerId: string | null;
  onClose: () => void;
  onRecorded: (meetingId: string) => void;
}

/** Vendor staff record a meeting with a firm; mounted only while open, so it starts empty. */
export function RecordMeetingModal({ firms, initialPartnerId, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MeetingDraft>(() => emptyDraft(initialPartnerId, localToday()));
  const errors = useFormErrors();
  const { fieldErrors } = errors;
  const projects = useQuery(MeetingProjectOptionsQuery, {
    variables: { partnerId: draft.partnerId ?? '' },
    skip: !draft.partnerId,
  });
  const [record, { loading }] = useMutation(RecordMeetingMutation, {
    refetchQueries: ['Meetings'],
    awaitRefetchQueries: true,
  });

  const set = (patch: Partial<MeetingDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function message(problem: MeetingProblem): string {
    switch (problem.kind) {
      case 'required':
        return t('validation.required');
      case 'maxLength':
        return t('validation.maxLength', { max: problem.max });
      case 'maxCount':
        return t('meetings.form.errors.maxCount', { max: problem.max });
      case 'date':
        return t('meetings.form.errors.date');
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const problems = meetingDraftProblems(draft);
    if (Object.keys(problems).length > 0) {
      errors.setFieldErrors(Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, message(p)])));
      return;
    }
    const { input, itemRows } = buildRecordMeetingInput(draft);
    try {
      const { data } = await record({ variables: { input } });
      const result = data?.recordMeeting;
      if (!result) return;
      if (result.__typename === 'Meeting') {
        notifySuccess(t('meetings.notify.recorded', { title: result.title }));
        onRecorded(result.id);
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
      // Field errors of nested items arrive as `actionItems.<i>.owner`: put them back on their rows.
      errors.setFieldErrors((current) => formFieldErrors(current, itemRows));
    }
  }

  const projectOptions = (projects.data?.onboardingProjects.items ?? []).map((p) => ({
    value: p.id,
    label: p.customer?.companyName ?? p.id,
  }));

  return (
    <Modal opened onClose={onClose} title={t('meetings.form.title')} size="xl">
      <form onSubmit={onSubmit} noValidate data-testid="meeting-form">
        <Stack>
          <FormError message={errors.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('meetings.form.partner')}
              placeholder={t('meetings.form.partnerPlaceholder')}
              required
              searchable
              data-autofocus={initialPartnerId ? undefined : true}
              data={firms.map((firm) => ({ value: firm.id, label: firm.name }))}
              value={draft.partnerId}
              onChange={(partnerId) => set({ partnerId, projectIds: [] })}
              error={fieldErrors.partnerId}
              nothingFoundMessage={t('meetings.filters.nothingFound')}
              comboboxProps={{ withinPortal: true }}
              data-testid="meeting-form-partner"
            />
            <TextInput
              type="date"
              label={t('meetings.form.date')}
              required
              value={draft.date}
              onChange={(e) => set({ date: e.currentTarget.value })}
              error={fieldErrors.date}
              data-testid="meeting-form-date"
            />
          </SimpleGrid>
          <TextInput
            label={t('meetings.form.titleLabel')}
            placeholder={t('meetings.form.titlePlaceholder')}
            required
            data-autofocus={initialPartnerId ? true : undefined}
            maxLength={MEETING_LIMITS.title}
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={fieldErrors.title}
            data-testid="meeting-form-title"
          />
          <TagsInput
            label={t('meetings.form.attendees')}
            description={t('meetings.form.attendeesHelp')}
            maxTags={MEETING_LIMITS.attendees}
            splitChars={[',', '、']}
            clearable
            value={draft.attendees}
            onChange={(attendees) => set({ attendees })}
            error={fieldErrors.attendees}
            data-testid="meeting-form-attendees"
          />
          <Textarea
            label={t('meetings.form.notes')}
            description={t('meetings.form.notesHelp')}
            autosize
            minRows={4}
            maxRows={16}
            maxLength={MEETING_LIMITS.notes}
            value={draft.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
            onKeyDown={submitOnCtrlEnter}
            error={fieldErrors.notes}
            data-testid="meeting-form-notes"
          />
          <MultiSelect
            label={t('meetings.form.projects')}
            placeholder={
              draft.partnerId
                ? projectOptions.length || projects.loading
                  ? t('meetings.form.projectsPlaceholder')
                  : t('meetings.form.noProjects')
                : t('meetings.form.projectsChooseFirm')
            }
            disabled={!draft.partnerId}
            searchable
            clearable
            maxValues={MEETING_LIMITS.projects}
            data={projectOptions}
            value={draft.projectIds}
            onChange={(projectIds) => set({ projectIds })}
            error={fieldErrors.projectIds}
            nothingFoundMessage={t('meetings.filters.nothingFound')}
            comboboxProps={{ withinPortal: true }}
            data-testid="meeting-form-projects"
          />
          <ActionItemRowsInput
            items={draft.items}
            onChange={(items) => set({ items })}
            attendees={draft.attendees}
            errors={fieldErrors}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="meeting-form-submit">
              {t('meetings.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

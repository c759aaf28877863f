import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconDeviceFloppy, IconPlus, IconRestore } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../../apollo/errors';
import { FormError } from '../../../common/components/FormError';
import { faultMessage } from '../../../common/fault-message';
import { notifySuccess } from '../../../common/notify';
import { SaveOnboardingTemplateMutation, TEMPLATE_QUERIES } from '../../graphql/templates';
import {
  addPhase,
  isDirty,
  MAX_NAME_LENGTH,
  MAX_PHASES,
  movePhase,
  removePhase,
  toTemplateInput,
  updatePhase,
  validateTemplate,
  withoutPhaseErrors,
  type PhaseField,
  type TemplateDraft,
  type TemplateIssue,
} from '../../template-form';
import { TemplatePhaseTable } from './TemplatePhaseTable';
import { TemplateTimeline } from './TemplateTimeline';

/** A field's error: a client check (i18n key) or the server's (already localized) message. */
type Issue = TemplateIssue | string;

interface Props {
  /** What the editor starts with (the current version, or an older one to start from). */
  initial: TemplateDraft;
  /** The current version, to tell whether the draft changed. */
  saved: TemplateDraft;
  readOnly: boolean;
  onDiscard: () => void;
}

/** The editable table of phases, the deadline preview and Save (a new version). */
export function TemplateEditor({ initial, saved, readOnly, onDiscard }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<TemplateDraft>(initial);
  const [issues, setIssues] = useState<Record<string, Issue>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  /** After a row operation: the row and control to focus once it has rendered. */
  const [focus, setFocus] = useState<{ key: string; testId: string } | null>(null);
  const [save, { loading }] = useMutation(SaveOnboardingTemplateMutation, {
    refetchQueries: TEMPLATE_QUERIES,
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    if (!focus) return;
    const row = tableRef.current?.querySelector(`[data-key="${focus.key}"]`);
    const target = row?.querySelector<HTMLElement>(`[data-testid="${focus.testId}"]:not([disabled])`);
    (target ?? row?.querySelector<HTMLElement>('input'))?.focus();
    setFocus(null);
  }, [focus]);

  const errorOf = (key: string) => {
    const issue = issues[key];
    if (!issue) return undefined;
    return typeof issue === 'string' ? issue : t(issue.key, issue.values ?? {});
  };
  const dirty = isDirty(draft, saved);

  function changePhases(phases: TemplateDraft['phases']) {
    setDraft((d) => ({ ...d, phases }));
    setIssues((current) => withoutPhaseErrors(current));
  }

  function onEdit(index: number, field: PhaseField, value: string | number) {
    const patch =
      field === 'dueDay' ? { dueDay: value === '' ? ('' as const) : Number(value) } : { [field]: String(value) };
    setDraft((d) => ({ ...d, phases: updatePhase(d.phases, index, patch) }));
    const key = `phases.${index}.${field}`;
    setIssues(({ [key]: _cleared, ...rest }) => rest);
  }

  function onSurvey(index: number, surveyOnCompletion: boolean) {
    setDraft((d) => ({ ...d, phases: updatePhase(d.phases, index, { surveyOnCompletion }) }));
  }

  function onMove(index: number, delta: -1 | 1) {
    const key = draft.phases[index].key;
    changePhases(movePhase(draft.phases, index, delta));
    setFocus({ key, testId: delta < 0 ? 'template-phase-up' : 'template-phase-down' });
  }

  function onRemove(index: number) {
    const next = removePhase(draft.phases, index);
    changePhases(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    if (neighbour) setFocus({ key: neighbour.key, testId: 'template-phase-remove' });
  }

  function onAdd() {
    const next = addPhase(draft.phases);
    changePhases(next);
    setFocus({ key: next[next.length - 1].key, testId: 'template-phase-name-en' });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (readOnly) return;
    setFormError(null);
    const found = validateTemplate(draft);
    if (Object.keys(found).length > 0) {
      setIssues(found);
      setFormError(
        found.phases ? t(found.phases.key, found.phases.values ?? {}) : t('projectBoard.template.errors.fix'),
      );
      return;
    }
    setIssues({});
    try {
      const { data } = await save({ variables: { input: toTemplateInput(draft) } });
      const version = data?.updateOnboardingTemplate.version;
      if (version !== undefined) notifySuccess(t('projectBoard.template.saved', { version }));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) {
        setIssues(fields);
        setFormError(fields.phases ?? t('projectBoard.template.errors.fix'));
      } else setFormError(faultMessage(error, t));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="template-form">
      <Stack>
        <FormError message={formError} />
        <Paper withBorder p="md" radius="md">
          <Stack>
            <Group justify="space-between" align="end" wrap="wrap">
              <TextInput
                label={t('projectBoard.template.name')}
                description={t('projectBoard.template.nameHint')}
                required={!readOnly}
                value={draft.name}
                onChange={(e) => {
                  const name = e.currentTarget.value;
                  setDraft((d) => ({ ...d, name }));
                  setIssues(({ name: _cleared, ...rest }) => rest);
                }}
                error={errorOf('name')}
                readOnly={readOnly}
                maxLength={MAX_NAME_LENGTH}
                autoFocus={!readOnly}
                w={{ base: '100%', sm: 420 }}
                data-testid="template-name"
              />
              {dirty && !readOnly ? (
                <Badge color="orange" variant="light" data-testid="template-dirty">
                  {t('projectBoard.template.unsaved')}
                </Badge>
              ) : null}
            </Group>
            <div ref={tableRef}>
              <TemplatePhaseTable
                phases={draft.phases}
                readOnly={readOnly}
                errorOf={errorOf}
                onEdit={onEdit}
                onSurvey={onSurvey}
                onMove={onMove}
                onRemove={onRemove}
              />
            </div>
            {readOnly ? null : (
              <Group justify="space-between" wrap="wrap">
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={onAdd}
                  disabled={draft.phases.length >= MAX_PHASES}
                  data-testid="template-phase-add"
                >
                  {t('projectBoard.template.add', { max: MAX_PHASES })}
                </Button>
                <Group gap="sm">
                  {dirty ? (
                    <Button
                      variant="default"
                      leftSection={<IconRestore size={16} aria-hidden />}
                      onClick={onDiscard}
                      data-testid="template-discard"
                    >
                      {t('projectBoard.template.discard')}
                    </Button>
                  ) : null}
                  <Button
                    type="submit"
                    loading={loading}
                    leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                    data-testid="template-save"
                  >
                    {t('projectBoard.template.save')}
                  </Button>
                </Group>
              </Group>
            )}
            {readOnly ? null : (
              <Text size="xs" c="dimmed">
                {t('projectBoard.template.rules', { max: MAX_PHASES })}
              </Text>
            )}
          </Stack>
        </Paper>
        <TemplateTimeline phases={draft.phases} language={i18n.language} />
      </Stack>
    </form>
  );
}

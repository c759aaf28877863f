/**
 * The onboarding template editor as pure data: the draft, row operations, and the same checks the
 * server makes (names required, due days 1–730 and strictly increasing, 1–12 phases), keyed like
 * the server's field errors (`name`, `phases`, `phases.0.nameEn`, …) so both land on the same input.
 */

export const MIN_PHASES = 1;
export const MAX_PHASES = 12;
export const MIN_DUE_DAY = 1;
export const MAX_DUE_DAY = 730;
export const MAX_NAME_LENGTH = 100;
/** Days a new phase gets after the last one. */
export const NEW_PHASE_GAP = 14;

export interface PhaseDraft {
  /** Stable across moves (React key, focus after a move); not sent. */
  key: string;
  nameEn: string;
  nameJa: string;
  /** '' while the input is empty. */
  dueDay: number | '';
  /** Completing the phase creates a customer survey. */
  surveyOnCompletion: boolean;
}

export interface TemplateDraft {
  name: string;
  phases: PhaseDraft[];
}

/** An i18n key and its values: what to show beside a field. */
export interface TemplateIssue {
  key: string;
  values?: Record<string, string | number>;
}

export type TemplateIssues = Record<string, TemplateIssue>;

export type PhaseField = 'nameEn' | 'nameJa' | 'dueDay';

/** The key of a phase field's error, as the server names it. */
export const phaseFieldKey = (index: number, field: PhaseField) => `phases.${index}.${field}`;

let nextKey = 0;
const newKey = () => `phase-${++nextKey}`;

/** A draft of a saved version (the editor starts from the current one). */
export function draftOf(template: {
  name: string;
  phases: readonly { position: number; nameEn: string; nameJa: string; dueDay: number; surveyOnCompletion?: boolean }[];
}): TemplateDraft {
  return {
    name: template.name,
    phases: [...template.phases]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({
        key: newKey(),
        nameEn: p.nameEn,
        nameJa: p.nameJa,
        dueDay: p.dueDay,
        surveyOnCompletion: p.surveyOnCompletion ?? false,
      })),
  };
}

/** Appends an empty phase due two weeks after the last one (within the limit). */
export function addPhase(phases: readonly PhaseDraft[]): PhaseDraft[] {
  const last = phases.at(-1)?.dueDay;
  const dueDay = last === undefined ? 7 : last === '' ? '' : Math.min(last + NEW_PHASE_GAP, MAX_DUE_DAY);
  return [...phases, { key: newKey(), nameEn: '', nameJa: '', dueDay, surveyOnCompletion: false }];
}

export function removePhase(phases: readonly PhaseDraft[], index: number): PhaseDraft[] {
  return phases.filter((_, i) => i !== index);
}

/** Moves the phase at `index` one row up (-1) or down (+1); out of range leaves the order. */
export function movePhase(phases: readonly PhaseDraft[], index: number, delta: -1 | 1): PhaseDraft[] {
  const target = index + delta;
  if (index < 0 || index >= phases.length || target < 0 || target >= phases.length) return [...phases];
  const out = [...phases];
  [out[index], out[target]] = [out[target], out[index]];
  return out;
}

export function updatePhase(phases: readonly PhaseDraft[], index: number, patch: Partial<PhaseDraft>): PhaseDraft[] {
  return phases.map((p, i) => (i === index ? { ...p, ...patch } : p));
}

const validDay = (day: number | ''): day is number =>
  day !== '' && Number.isInteger(day) && day >= MIN_DUE_DAY && day <= MAX_DUE_DAY;

function nameIssue(value: string): TemplateIssue | null {
  const trimmed = value.trim();
  if (!trimmed) return { key: 'validation.required' };
  if (trimmed.length > MAX_NAME_LENGTH) return { key: 'validation.maxLength', values: { max: MAX_NAME_LENGTH } };
  return null;
}

/** Every problem of the draft, keyed by field; empty when it can be saved. */
export function validateTemplate(draft: TemplateDraft): TemplateIssues {
  const issues: TemplateIssues = {};
  const name = nameIssue(draft.name);
  if (name) issues.name = name;
  if (draft.phases.length < MIN_PHASES)
    issues.phases = { key: 'projectBoard.template.errors.tooFew', values: { min: MIN_PHASES } };
  if (draft.phases.length > MAX_PHASES)
    issues.phases = { key: 'projectBoard.template.errors.tooMany', values: { max: MAX_PHASES } };
  // The previous row's due day (when valid): "strictly increasing" is checked against it, as the server does.
  let previous: { day: number; position: number } | null = null;
  draft.phases.forEach((phase, i) => {
    for (const field of ['nameEn', 'nameJa'] as const) {
      const issue = nameIssue(phase[field]);
      if (issue) issues[phaseFieldKey(i, field)] = issue;
    }
    const day = phase.dueDay;
    if (day === '') issues[phaseFieldKey(i, 'dueDay')] = { key: 'validation.required' };
    else if (!validDay(day))
      issues[phaseFieldKey(i, 'dueDay')] = {
        key: 'projectBoard.template.errors.dueDayRange',
        values: { min: MIN_DUE_DAY, max: MAX_DUE_DAY },
      };
    else if (previous && day <= previous.day)
      issues[phaseFieldKey(i, 'dueDay')] = {
        key: 'projectBoard.template.errors.notIncreasing',
        values: { day: previous.day, position: previous.position },
      };
    previous = validDay(day) ? { day, position: i + 1 } : null;
  });
  return issues;
}

/** The mutation's input (trimmed); call after `validateTemplate` found nothing. */
export function toTemplateInput(draft: TemplateDraft): {
  name: string;
  phases: { nameEn: string; nameJa: string; dueDay: number; surveyOnCompletion: boolean }[];
} {
  return {
    name: draft.name.trim(),
    phases: draft.phases.map((p) => ({
      nameEn: p.nameEn.trim(),
      nameJa: p.nameJa.trim(),
      dueDay: Number(p.dueDay),
      surveyOnCompletion: p.surveyOnCompletion,
    })),
  };
}

/** Whether the draft differs from the saved version it started from. */
export function isDirty(draft: TemplateDraft, saved: TemplateDraft): boolean {
  const strip = (d: TemplateDraft) => JSON.stringify(toTemplateInput(d));
  return strip(draft) !== strip(saved);
}

export interface TimelineMarker {
  key: string;
  position: number;
  dueDay: number;
  /** Where the phase starts and ends on the bar, 0–100. */
  fromPercent: number;
  percent: number;
  /** Days the phase has (from the previous deadline). */
  span: number;
}

/**
 * The deadlines on a bar from day 0 to the last due day. Rows whose day is missing, out of range
 * or not after the previous deadline are left out (the table shows their error).
 */
export function timelineMarkers(phases: readonly PhaseDraft[]): { markers: TimelineMarker[]; lastDay: number } {
  const kept: { key: string; position: number; dueDay: number }[] = [];
  phases.forEach((p, i) => {
    const day = p.dueDay;
    if (!validDay(day)) return;
    if (kept.length && day <= kept[kept.length - 1].dueDay) return;
    kept.push({ key: p.key, position: i + 1, dueDay: day });
  });
  const lastDay = kept.at(-1)?.dueDay ?? 0;
  const pct = (day: number) => (lastDay ? Math.round((day / lastDay) * 1000) / 10 : 0);
  const markers = kept.map((m, i) => {
    const from = i === 0 ? 0 : kept[i - 1].dueDay;
    return { ...m, fromPercent: pct(from), percent: pct(m.dueDay), span: m.dueDay - from };
  });
  return { markers, lastDay };
}

/** Drops the errors of the phase rows (their indexes change when rows move, come or go). */
export function withoutPhaseErrors<T>(errors: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !key.startsWith('phases.')));
}

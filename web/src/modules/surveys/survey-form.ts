/**
 * The public survey page as pure data: which view a link shows, what the survey is about, the
 * answer's checks (the server's: CSAT 1–5, NPS 0–10, texts up to 4,000 characters) and its input.
 */
import type { AnswerSurveyInput, SurveyKind, SurveyState } from '../../gql/graphql';

export const CSAT_MIN = 1;
export const CSAT_MAX = 5;
export const NPS_MIN = 0;
export const NPS_MAX = 10;
export const TEXT_MAX = 4000;

/** The choices of each scale, in order. */
export const CSAT_SCORES = Array.from({ length: CSAT_MAX - CSAT_MIN + 1 }, (_, i) => CSAT_MIN + i);
export const NPS_SCORES = Array.from({ length: NPS_MAX - NPS_MIN + 1 }, (_, i) => NPS_MIN + i);

/** What the page shows (also its `data-state`). */
export type SurveyPageState = 'loading' | 'error' | 'invalid' | 'open' | 'answered' | 'expired' | 'thanks';

export interface PublicSurveyView {
  state: SurveyState;
  kind: SurveyKind;
  companyName?: string | null;
  phaseNameEn?: string | null;
  phaseNameJa?: string | null;
}

/**
 * The view of a link: the thank-you once this visitor has answered, else what the server says of
 * the link (unknown → invalid). `failed` is a request that failed for another reason than the link.
 */
export function surveyPageState(input: {
  loading: boolean;
  failed: boolean;
  survey: PublicSurveyView | null | undefined;
  submitted: boolean;
}): SurveyPageState {
  if (input.submitted) return 'thanks';
  if (input.loading && input.survey === undefined) return 'loading';
  if (input.failed) return 'error';
  if (!input.survey) return 'invalid';
  switch (input.survey.state) {
    case 'OPEN':
      return 'open';
    case 'ANSWERED':
      return 'answered';
    case 'EXPIRED':
      return 'expired';
  }
}

/** What the survey is about, as an i18n key and its values. */
export interface SurveyTopic {
  messageKey: string;
  values: Record<string, string>;
}

/** The phase's name in the UI language, else in the other one; null when the phase has none. */
export function phaseNameIn(
  language: string,
  names: { phaseNameEn?: string | null; phaseNameJa?: string | null },
): string | null {
  const en = names.phaseNameEn?.trim() || null;
  const ja = names.phaseNameJa?.trim() || null;
  return language.startsWith('ja') ? (ja ?? en) : (en ?? ja);
}

/** "After phase X" for a phase survey, "at the end of the onboarding" for the final one. */
export function surveyTopic(survey: PublicSurveyView, language: string): SurveyTopic {
  if (survey.kind === 'END') return { messageKey: 'surveys.page.aboutEnd', values: {} };
  const phase = phaseNameIn(language, survey);
  return phase
    ? { messageKey: 'surveys.page.aboutPhase', values: { phase } }
    : { messageKey: 'surveys.page.aboutPhaseUnnamed', values: {} };
}

/** The form as typed: a scale is null until a choice is made. */
export interface SurveyAnswerValues {
  csat: number | null;
  nps: number | null;
  worries: string;
  evaluation: string;
}

export const EMPTY_ANSWER: SurveyAnswerValues = { csat: null, nps: null, worries: '', evaluation: '' };

export type SurveyField = 'csat' | 'nps' | 'worries' | 'evaluation';

/** An i18n key and its values: what to show beside a field. */
export interface SurveyIssue {
  messageKey: string;
  values?: Record<string, number>;
}

const inRange = (value: number | null, min: number, max: number): value is number =>
  value !== null && Number.isInteger(value) && value >= min && value <= max;

/** Every problem of the answer, keyed by field (as the server names them); empty when it can be sent. */
export function validateAnswer(values: SurveyAnswerValues): Partial<Record<SurveyField, SurveyIssue>> {
  const issues: Partial<Record<SurveyField, SurveyIssue>> = {};
  if (!inRange(values.csat, CSAT_MIN, CSAT_MAX))
    issues.csat = { messageKey: 'surveys.validation.csat', values: { min: CSAT_MIN, max: CSAT_MAX } };
  if (!inRange(values.nps, NPS_MIN, NPS_MAX))
    issues.nps = { messageKey: 'surveys.validation.nps', values: { min: NPS_MIN, max: NPS_MAX } };
  for (const field of ['worries', 'evaluation'] as const) {
    if (values[field].trim().length > TEXT_MAX)
      issues[field] = { messageKey: 'validation.maxLength', values: { max: TEXT_MAX } };
  }
  return issues;
}

/** The mutation's input (texts trimmed, empty ones left out); call after `validateAnswer` found nothing. */
export function toAnswerInput(token: string, values: SurveyAnswerValues): AnswerSurveyInput {
  const text = (value: string) => value.trim() || undefined;
  return {
    token,
    csat: Number(values.csat),
    nps: Number(values.nps),
    worries: text(values.worries),
    evaluation: text(values.evaluation),
  };
}

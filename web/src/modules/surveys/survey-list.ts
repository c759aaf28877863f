/**
 * The project's surveys as pure data: each one's status, the absolute link to pass on, what it
 * followed, and the CSAT/NPS of the answered ones (computed from the rows the panel lists).
 */
import type { SurveyKind } from '../../gql/graphql';

export type SurveyStatus = 'WAITING' | 'ANSWERED' | 'EXPIRED';

/** Answered once it has an answer; else expired from its expiry on (as the server decides), else waiting. */
export function surveyStatus(survey: { answeredAt?: string | null; expiresAt: string }, now: Date): SurveyStatus {
  if (survey.answeredAt) return 'ANSWERED';
  return new Date(survey.expiresAt).getTime() <= now.getTime() ? 'EXPIRED' : 'WAITING';
}

/** The link as the customer opens it: the app's origin plus the server's path ("/survey/<token>"). */
export function absoluteSurveyUrl(link: string, origin: string): string {
  if (/^https?:\/\//i.test(link)) return link;
  const base = origin.replace(/\/+$/, '');
  return `${base}${link.startsWith('/') ? '' : '/'}${link}`;
}

/** NPS bands: 9–10 promoters, 7–8 passives, 0–6 detractors. */
export type NpsBand = 'PROMOTER' | 'PASSIVE' | 'DETRACTOR';

export function npsBand(score: number): NpsBand {
  if (score >= 9) return 'PROMOTER';
  if (score >= 7) return 'PASSIVE';
  return 'DETRACTOR';
}

export interface SurveySummary {
  total: number;
  answered: number;
  /** Mean CSAT of the answered ones, one decimal; null when none is answered. */
  csatAverage: number | null;
  /** % promoters − % detractors, rounded (−100 … 100); null when none is answered. */
  npsScore: number | null;
}

export function summarizeSurveys(
  surveys: readonly { answeredAt?: string | null; csat?: number | null; nps?: number | null }[],
): SurveySummary {
  const answered = surveys.filter((s) => s.answeredAt && s.csat != null && s.nps != null);
  if (answered.length === 0) return { total: surveys.length, answered: 0, csatAverage: null, npsScore: null };
  const csatSum = answered.reduce((sum, s) => sum + (s.csat as number), 0);
  const bands = answered.map((s) => npsBand(s.nps as number));
  const share = (band: NpsBand) => bands.filter((b) => b === band).length / answered.length;
  return {
    total: surveys.length,
    answered: answered.length,
    csatAverage: Math.round((csatSum / answered.length) * 10) / 10,
    npsScore: Math.round((share('PROMOTER') - share('DETRACTOR')) * 100) || 0,
  };
}

/** What a survey followed, as an i18n key and its values: a phase (by name when known) or the end. */
export function surveySubject(
  survey: { kind: SurveyKind; phasePosition?: number | null },
  phases: readonly { position: number; nameEn: string; nameJa: string }[],
  language: string,
): { messageKey: string; values: Record<string, string | number> } {
  if (survey.kind === 'END') return { messageKey: 'surveys.panel.subjectEnd', values: {} };
  const phase = phases.find((p) => p.position === survey.phasePosition);
  if (!phase) return { messageKey: 'surveys.panel.subjectPhaseN', values: { position: survey.phasePosition ?? '?' } };
  const name = language.startsWith('ja') ? phase.nameJa || phase.nameEn : phase.nameEn || phase.nameJa;
  return { messageKey: 'surveys.panel.subjectPhase', values: { position: phase.position, name } };
}

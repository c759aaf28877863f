import {
  CSAT_SCORES,
  EMPTY_ANSWER,
  NPS_SCORES,
  phaseNameIn,
  surveyPageState,
  surveyTopic,
  toAnswerInput,
  validateAnswer,
  type PublicSurveyView,
} from '../survey-form';

const OPEN: PublicSurveyView = {
  state: 'OPEN',
  kind: 'PHASE',
  companyName: 'Kaede Foods',
  phaseNameEn: 'Requirements',
  phaseNameJa: '要件定義',
};

describe('survey page state', () => {
  const base = { loading: false, failed: false, submitted: false };

  it('maps the link’s state to the view', () => {
    expect(surveyPageState({ ...base, survey: OPEN })).toBe('open');
    expect(surveyPageState({ ...base, survey: { ...OPEN, state: 'ANSWERED' } })).toBe('answered');
    expect(surveyPageState({ ...base, survey: { ...OPEN, state: 'EXPIRED' } })).toBe('expired');
  });

  it('calls an unknown link invalid', () => {
    expect(surveyPageState({ ...base, survey: null })).toBe('invalid');
  });

  it('loads until the first answer, then keeps what it has while refreshing', () => {
    expect(surveyPageState({ ...base, loading: true, survey: undefined })).toBe('loading');
    expect(surveyPageState({ ...base, loading: true, survey: OPEN })).toBe('open');
  });

  it('tells a failed request apart from an unknown link', () => {
    expect(surveyPageState({ ...base, failed: true, survey: undefined })).toBe('error');
  });

  it('thanks the visitor who just answered, whatever the link now says', () => {
    expect(surveyPageState({ ...base, submitted: true, survey: { ...OPEN, state: 'ANSWERED' } })).toBe('thanks');
  });
});

describe('survey topic', () => {
  it('names the phase in the UI language', () => {
    expect(surveyTopic(OPEN, 'ja')).toEqual({ messageKey: 'surveys.page.aboutPhase', values: { phase: '要件定義' } });
    expect(surveyTopic(OPEN, 'en')).toEqual({
      messageKey: 'surveys.page.aboutPhase',
      values: { phase: 'Requirements' },
    });
  });

  it('falls back to the other language, then to an unnamed phase', () => {
    expect(phaseNameIn('ja', { phaseNameEn: 'Kickoff', phaseNameJa: ' ' })).toBe('Kickoff');
    expect(phaseNameIn('en', { phaseNameEn: null, phaseNameJa: 'キックオフ' })).toBe('キックオフ');
    expect(surveyTopic({ ...OPEN, phaseNameEn: null, phaseNameJa: null }, 'en').messageKey).toBe(
      'surveys.page.aboutPhaseUnnamed',
    );
  });

  it('speaks of the end of the onboarding for the final survey', () => {
    expect(surveyTopic({ ...OPEN, kind: 'END', phaseNameEn: null, phaseNameJa: null }, 'en')).toEqual({
      messageKey: 'surveys.page.aboutEnd',
      values: {},
    });
  });
});

describe('survey answer checks (as the server)', () => {
  it('offers CSAT 1–5 and NPS 0–10', () => {
    expect(CSAT_SCORES).toEqual([1, 2, 3, 4, 5]);
    expect(NPS_SCORES).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('requires both scores', () => {
    expect(validateAnswer(EMPTY_ANSWER)).toEqual({
      csat: { messageKey: 'surveys.validation.csat', values: { min: 1, max: 5 } },
      nps: { messageKey: 'surveys.validation.nps', values: { min: 0, max: 10 } },
    });
  });

  it('accepts the ends of each scale and refuses what lies outside', () => {
    expect(validateAnswer({ ...EMPTY_ANSWER, csat: 1, nps: 0 })).toEqual({});
    expect(validateAnswer({ ...EMPTY_ANSWER, csat: 5, nps: 10 })).toEqual({});
    expect(Object.keys(validateAnswer({ ...EMPTY_ANSWER, csat: 0, nps: 11 }))).toEqual(['csat', 'nps']);
    expect(Object.keys(validateAnswer({ ...EMPTY_ANSWER, csat: 6, nps: -1 }))).toEqual(['csat', 'nps']);
    expect(Object.keys(validateAnswer({ ...EMPTY_ANSWER, csat: 2.5, nps: 7 }))).toEqual(['csat']);
  });

  it('limits the texts to 4,000 characters (after trimming)', () => {
    const ok = { ...EMPTY_ANSWER, csat: 4, nps: 9 };
    expect(validateAnswer({ ...ok, worries: ` ${'a'.repeat(4000)} ` })).toEqual({});
    expect(validateAnswer({ ...ok, worries: 'a'.repeat(4001), evaluation: 'b'.repeat(4001) })).toEqual({
      worries: { messageKey: 'validation.maxLength', values: { max: 4000 } },
      evaluation: { messageKey: 'validation.maxLength', values: { max: 4000 } },
    });
  });

  it('sends the scores and trimmed texts, leaving empty texts out', () => {
    expect(toAnswerInput('tok', { csat: 4, nps: 9, worries: '  Data import  ', evaluation: ' ' })).toEqual({
      token: 'tok',
      csat: 4,
      nps: 9,
      worries: 'Data import',
      evaluation: undefined,
    });
  });
});

import { absoluteSurveyUrl, npsBand, summarizeSurveys, surveyStatus, surveySubject } from '../survey-list';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('survey status', () => {
  it('is answered once answered, even past its expiry', () => {
    expect(surveyStatus({ answeredAt: '2026-03-01T00:00:00Z', expiresAt: '2026-03-05T00:00:00Z' }, NOW)).toBe(
      'ANSWERED',
    );
  });

  it('waits until its expiry and is expired from that instant on', () => {
    expect(surveyStatus({ answeredAt: null, expiresAt: '2026-03-10T12:00:01Z' }, NOW)).toBe('WAITING');
    expect(surveyStatus({ answeredAt: null, expiresAt: '2026-03-10T12:00:00Z' }, NOW)).toBe('EXPIRED');
    expect(surveyStatus({ expiresAt: '2026-02-01T00:00:00Z' }, NOW)).toBe('EXPIRED');
  });
});

describe('absolute survey link', () => {
  it('puts the app’s origin before the server’s path', () => {
    expect(absoluteSurveyUrl('/survey/abc_-1', 'https://baton.example')).toBe('https://baton.example/survey/abc_-1');
    expect(absoluteSurveyUrl('/survey/abc', 'http://localhost:3210/')).toBe('http://localhost:3210/survey/abc');
    expect(absoluteSurveyUrl('survey/abc', 'http://localhost:3210')).toBe('http://localhost:3210/survey/abc');
  });

  it('keeps a link that is already absolute', () => {
    expect(absoluteSurveyUrl('https://other.example/survey/x', 'https://baton.example')).toBe(
      'https://other.example/survey/x',
    );
  });
});

describe('survey summary', () => {
  it('bands NPS answers', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual([
      'DETRACTOR',
      'DETRACTOR',
      'PASSIVE',
      'PASSIVE',
      'PROMOTER',
      'PROMOTER',
    ]);
  });

  it('averages CSAT and scores NPS over the answered surveys only', () => {
    const at = '2026-03-01T00:00:00Z';
    const summary = summarizeSurveys([
      { answeredAt: at, csat: 5, nps: 10 },
      { answeredAt: at, csat: 4, nps: 9 },
      { answeredAt: at, csat: 4, nps: 8 },
      { answeredAt: at, csat: 2, nps: 3 },
      { answeredAt: null, csat: null, nps: null },
    ]);
    // (5+4+4+2)/4 = 3.75 → 3.8; promoters 2/4 − detractors 1/4 = +25.
    expect(summary).toEqual({ total: 5, answered: 4, csatAverage: 3.8, npsScore: 25 });
  });

  it('has no scores without answers, and no negative zero', () => {
    expect(summarizeSurveys([{ answeredAt: null }])).toEqual({
      total: 1,
      answered: 0,
      csatAverage: null,
      npsScore: null,
    });
    expect(summarizeSurveys([{ answeredAt: 'x', csat: 3, nps: 7 }]).npsScore).toBe(0);
    expect(Object.is(summarizeSurveys([{ answeredAt: 'x', csat: 3, nps: 7 }]).npsScore, -0)).toBe(false);
  });
});

describe('survey subject', () => {
  const phases = [
    { position: 1, nameEn: 'Kickoff', nameJa: 'キックオフ' },
    { position: 2, nameEn: 'Requirements', nameJa: '要件定義' },
  ];

  it('names the phase a survey followed, in the UI language', () => {
    expect(surveySubject({ kind: 'PHASE', phasePosition: 2 }, phases, 'ja')).toEqual({
      messageKey: 'surveys.panel.subjectPhase',
      values: { position: 2, name: '要件定義' },
    });
    expect(surveySubject({ kind: 'PHASE', phasePosition: 1 }, phases, 'en').values).toEqual({
      position: 1,
      name: 'Kickoff',
    });
  });

  it('falls back to the position, and speaks of the end for the final survey', () => {
    expect(surveySubject({ kind: 'PHASE', phasePosition: 7 }, phases, 'en')).toEqual({
      messageKey: 'surveys.panel.subjectPhaseN',
      values: { position: 7 },
    });
    expect(surveySubject({ kind: 'END', phasePosition: null }, phases, 'en')).toEqual({
      messageKey: 'surveys.panel.subjectEnd',
      values: {},
    });
  });
});

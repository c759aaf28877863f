import {
  addPhase,
  draftOf,
  isDirty,
  MAX_DUE_DAY,
  MAX_PHASES,
  movePhase,
  removePhase,
  timelineMarkers,
  toTemplateInput,
  updatePhase,
  validateTemplate,
  withoutPhaseErrors,
  type TemplateDraft,
} from '../template-form';

const STANDARD = {
  name: 'Standard onboarding',
  phases: [
    { position: 2, nameEn: 'Requirements', nameJa: '要件定義', dueDay: 21, surveyOnCompletion: true },
    { position: 1, nameEn: 'Kickoff', nameJa: 'キックオフ', dueDay: 7 },
    { position: 3, nameEn: 'Go-live', nameJa: '本番稼働', dueDay: 90 },
  ],
};

describe('template draft', () => {
  it('starts from a saved version in position order, with distinct keys', () => {
    const draft = draftOf(STANDARD);
    expect(draft.name).toBe('Standard onboarding');
    expect(draft.phases.map((p) => [p.nameEn, p.dueDay])).toEqual([
      ['Kickoff', 7],
      ['Requirements', 21],
      ['Go-live', 90],
    ]);
    expect(new Set(draft.phases.map((p) => p.key)).size).toBe(3);
  });

  it('adds a phase two weeks after the last one, capped at the limit, and day 7 when empty', () => {
    const draft = draftOf(STANDARD);
    expect(addPhase(draft.phases).at(-1)).toMatchObject({ nameEn: '', nameJa: '', dueDay: 104 });
    expect(addPhase([]).at(-1)?.dueDay).toBe(7);
    const late = updatePhase(draft.phases, 2, { dueDay: 725 });
    expect(addPhase(late).at(-1)?.dueDay).toBe(MAX_DUE_DAY);
    expect(addPhase(updatePhase(draft.phases, 2, { dueDay: '' })).at(-1)?.dueDay).toBe('');
  });

  it('moves rows up and down, keeping the keys, and ignores moves past either end', () => {
    const { phases } = draftOf(STANDARD);
    const down = movePhase(phases, 0, 1);
    expect(down.map((p) => p.nameEn)).toEqual(['Requirements', 'Kickoff', 'Go-live']);
    expect(down[1].key).toBe(phases[0].key);
    expect(movePhase(phases, 2, -1).map((p) => p.nameEn)).toEqual(['Kickoff', 'Go-live', 'Requirements']);
    expect(movePhase(phases, 0, -1).map((p) => p.nameEn)).toEqual(['Kickoff', 'Requirements', 'Go-live']);
    expect(movePhase(phases, 2, 1).map((p) => p.nameEn)).toEqual(['Kickoff', 'Requirements', 'Go-live']);
  });

  it('removes one row', () => {
    const { phases } = draftOf(STANDARD);
    expect(removePhase(phases, 1).map((p) => p.nameEn)).toEqual(['Kickoff', 'Go-live']);
  });

  it('sends trimmed names and numeric days; knows when it changed', () => {
    const saved = draftOf(STANDARD);
    const edited: TemplateDraft = { ...saved, name: '  Standard onboarding ' };
    expect(isDirty(edited, saved)).toBe(false);
    const renamed = { ...saved, phases: updatePhase(saved.phases, 0, { nameJa: ' 開始 ' }) };
    expect(isDirty(renamed, saved)).toBe(true);
    expect(toTemplateInput(renamed).phases[0]).toEqual({
      nameEn: 'Kickoff',
      nameJa: '開始',
      dueDay: 7,
      surveyOnCompletion: false,
    });
  });

  it('keeps which phases survey the customer, through moves, into the input and the dirty check', () => {
    const saved = draftOf(STANDARD);
    expect(saved.phases.map((p) => p.surveyOnCompletion)).toEqual([false, true, false]);
    expect(addPhase(saved.phases).at(-1)?.surveyOnCompletion).toBe(false);
    const moved = movePhase(saved.phases, 1, 1);
    expect(toTemplateInput({ ...saved, phases: moved }).phases.map((p) => p.surveyOnCompletion)).toEqual([
      false,
      false,
      true,
    ]);
    const toggled = { ...saved, phases: updatePhase(saved.phases, 2, { surveyOnCompletion: true }) };
    expect(isDirty(toggled, saved)).toBe(true);
    expect(toTemplateInput(toggled).phases.map((p) => p.surveyOnCompletion)).toEqual([false, true, true]);
    expect(isDirty({ ...saved, phases: updatePhase(saved.phases, 1, { surveyOnCompletion: true }) }, saved)).toBe(
      false,
    );
  });
});

describe('template checks (as the server)', () => {
  it('accepts the standard template', () => {
    expect(validateTemplate(draftOf(STANDARD))).toEqual({});
  });

  it('requires the template name and both names of every phase', () => {
    const draft = draftOf(STANDARD);
    const issues = validateTemplate({
      name: '  ',
      phases: updatePhase(updatePhase(draft.phases, 1, { nameEn: ' ' }), 2, { nameJa: '' }),
    });
    expect(issues).toEqual({
      name: { key: 'validation.required' },
      'phases.1.nameEn': { key: 'validation.required' },
      'phases.2.nameJa': { key: 'validation.required' },
    });
  });

  it('limits names to 100 characters', () => {
    const draft = draftOf(STANDARD);
    const issues = validateTemplate({ ...draft, phases: updatePhase(draft.phases, 0, { nameEn: 'x'.repeat(101) }) });
    expect(issues['phases.0.nameEn']).toEqual({ key: 'validation.maxLength', values: { max: 100 } });
  });

  it('wants due days 1–730, whole numbers', () => {
    const draft = draftOf(STANDARD);
    let phases = updatePhase(draft.phases, 0, { dueDay: 0 });
    phases = updatePhase(phases, 1, { dueDay: '' });
    phases = updatePhase(phases, 2, { dueDay: 731 });
    const issues = validateTemplate({ ...draft, phases });
    expect(issues['phases.0.dueDay'].key).toBe('projectBoard.template.errors.dueDayRange');
    expect(issues['phases.1.dueDay'].key).toBe('validation.required');
    expect(issues['phases.2.dueDay']).toEqual({
      key: 'projectBoard.template.errors.dueDayRange',
      values: { min: 1, max: 730 },
    });
    expect(
      validateTemplate({ ...draft, phases: updatePhase(draft.phases, 0, { dueDay: 2.5 }) })['phases.0.dueDay'],
    ).toBeDefined();
  });

  it('wants each due day after the previous valid one (equal is not enough)', () => {
    const draft = draftOf(STANDARD);
    const equal = validateTemplate({ ...draft, phases: updatePhase(draft.phases, 1, { dueDay: 7 }) });
    expect(equal).toEqual({
      'phases.1.dueDay': { key: 'projectBoard.template.errors.notIncreasing', values: { day: 7, position: 1 } },
    });
    // Moving the last phase first: the row after it is flagged (each row against the one before).
    const moved = validateTemplate({ ...draft, phases: movePhase(movePhase(draft.phases, 2, -1), 1, -1) });
    expect(Object.keys(moved)).toEqual(['phases.1.dueDay']);
    expect(moved['phases.1.dueDay'].values).toEqual({ day: 90, position: 1 });
  });

  it('wants 1 to 12 phases', () => {
    expect(validateTemplate({ name: 'Empty', phases: [] })).toEqual({
      phases: { key: 'projectBoard.template.errors.tooFew', values: { min: 1 } },
    });
    let phases = draftOf(STANDARD).phases;
    while (phases.length <= MAX_PHASES)
      phases = updatePhase(addPhase(phases), phases.length, { nameEn: 'a', nameJa: 'あ' });
    expect(phases).toHaveLength(13);
    expect(validateTemplate({ name: 'Long', phases })).toEqual({
      phases: { key: 'projectBoard.template.errors.tooMany', values: { max: 12 } },
    });
  });

  it('drops only the phase rows’ errors when rows change', () => {
    expect(withoutPhaseErrors({ name: 1, phases: 2, 'phases.0.nameEn': 3 })).toEqual({ name: 1, phases: 2 });
  });
});

describe('timeline preview', () => {
  it('places each deadline on a bar from day 0 to the last due day', () => {
    const { markers, lastDay } = timelineMarkers(draftOf(STANDARD).phases);
    expect(lastDay).toBe(90);
    expect(markers.map((m) => [m.position, m.dueDay, m.fromPercent, m.percent, m.span])).toEqual([
      [1, 7, 0, 7.8, 7],
      [2, 21, 7.8, 23.3, 14],
      [3, 90, 23.3, 100, 69],
    ]);
  });

  it('leaves out rows whose day is missing, out of range or not increasing', () => {
    const { phases } = draftOf(STANDARD);
    const broken = updatePhase(updatePhase(phases, 1, { dueDay: 5 }), 2, { dueDay: '' });
    const { markers, lastDay } = timelineMarkers(broken);
    expect(markers.map((m) => m.position)).toEqual([1]);
    expect(lastDay).toBe(7);
    expect(timelineMarkers([])).toEqual({ markers: [], lastDay: 0 });
  });
});

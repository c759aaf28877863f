import { initialTeam, teamOptions } from '../project-team';
import { isClosed } from '../project-health';
import { eventDetail, timelineKind } from '../project-timeline';

describe('team options', () => {
  const consultants = [
    { id: 'lead', displayName: 'Aoki', active: true },
    { id: 'c', displayName: 'Chiba', active: true },
    { id: 'b', displayName: 'Baba', active: true },
    { id: 'gone', displayName: 'Doi', active: false },
  ];

  it('offers active consultants except the lead, by name', () => {
    expect(teamOptions(consultants, 'lead')).toEqual([
      { value: 'b', label: 'Baba' },
      { value: 'c', label: 'Chiba' },
    ]);
  });

  it('starts from the current team and names who drops off (inactive)', () => {
    const options = teamOptions(consultants, 'lead');
    expect(
      initialTeam(options, [
        { id: 'c', displayName: 'Chiba' },
        { id: 'gone', displayName: 'Doi' },
      ]),
    ).toEqual({ selected: ['c'], dropped: ['Doi'] });
    expect(initialTeam(options, [])).toEqual({ selected: [], dropped: [] });
  });
});

describe('project states', () => {
  it('knows the closed healths', () => {
    expect(isClosed('COMPLETED')).toBe(true);
    expect(isClosed('CHURNED')).toBe(true);
    expect(isClosed('OVERDUE')).toBe(false);
  });

  it('labels unknown timeline kinds as other', () => {
    expect(timelineKind('PHASE_COMPLETED')).toBe('PHASE_COMPLETED');
    expect(timelineKind('SURVEY_SENT')).toBe('OTHER');
  });
});

describe('timeline details', () => {
  const phases = [
    { position: 1, nameEn: 'Setup', nameJa: 'セットアップ' },
    { position: 2, nameEn: 'Setup & data migration', nameJa: 'セットアップ・データ移行' },
  ];

  it('finds the phase of a phase event (longest name first) and the reopening reason', () => {
    expect(eventDetail('PHASE_COMPLETED', 'Setup & data migration', phases)).toEqual({
      type: 'phase',
      phase: phases[1],
      rest: null,
    });
    expect(eventDetail('PHASE_REOPENED', 'Setup: summary was wrong', phases)).toEqual({
      type: 'phase',
      phase: phases[0],
      rest: 'summary was wrong',
    });
  });

  it('reads work entries and keeps other details as written', () => {
    expect(eventDetail('WORK_LOGGED', 'OPERATION_LECTURE 1.5h', phases)).toEqual({
      type: 'work',
      kind: 'OPERATION_LECTURE',
      hours: 1.5,
    });
    expect(eventDetail('WORK_LOGGED', 'SOMETHING 2h', phases)).toEqual({ type: 'text', text: 'SOMETHING 2h' });
    expect(eventDetail('PHASE_COMPLETED', 'Renamed phase', phases)).toEqual({ type: 'text', text: 'Renamed phase' });
    expect(eventDetail('ISSUE_OPENED', 'CSV import fails', phases)).toEqual({ type: 'text', text: 'CSV import fails' });
    expect(eventDetail('OPENED', null, phases)).toEqual({ type: 'none' });
  });
});

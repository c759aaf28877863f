import { teamOptions } from '../project-team';
import { isClosed } from '../project-health';
import { timelineKind } from '../project-timeline';

describe('team options', () => {
  const consultants = [
    { id: 'lead', displayName: 'Aoki', active: true },
    { id: 'c', displayName: 'Chiba', active: true },
    { id: 'b', displayName: 'Baba', active: true },
    { id: 'gone', displayName: 'Doi', active: false },
    { id: 'old', displayName: 'Endo', active: false },
  ];

  it('offers active consultants except the lead, by name', () => {
    expect(teamOptions(consultants, 'lead', [])).toEqual([
      { value: 'b', label: 'Baba' },
      { value: 'c', label: 'Chiba' },
    ]);
  });

  it('keeps current members, even inactive ones, so they can be taken off', () => {
    expect(teamOptions(consultants, 'lead', [{ id: 'gone', displayName: 'Doi' }]).map((o) => o.value)).toEqual([
      'b',
      'c',
      'gone',
    ]);
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

import { capacityUtilization, csat, escalationsPerProject, monthOf, nps } from '../kpi';

describe('program KPIs', () => {
  it('capacity utilization sums consumed over offered, null when nothing was offered', () => {
    expect(
      capacityUtilization([
        { slotsOffered: 4, slotsConsumed: 3 },
        { slotsOffered: 6, slotsConsumed: 1 },
      ]),
    ).toBe(0.4);
    expect(capacityUtilization([{ slotsOffered: 0, slotsConsumed: 0 }])).toBeNull();
    expect(capacityUtilization([])).toBeNull();
  });

  it('CSAT is the mean rating of the surveys that rated', () => {
    expect(csat([{ csat: 5 }, { csat: 4 }, { csat: null }, { csat: 3 }])).toBe(4);
    expect(csat([{ csat: null }])).toBeNull();
  });

  it('NPS counts 9–10 as promoters and 0–6 as detractors, 7–8 as passives', () => {
    expect(nps([{ nps: 10 }, { nps: 9 }, { nps: 8 }, { nps: 7 }, { nps: 6 }, { nps: null }])).toBe(20);
    expect(nps([{ nps: 0 }, { nps: 6 }])).toBe(-100);
    expect(nps([{ nps: 7 }, { nps: 8 }])).toBe(0);
    expect(nps([])).toBeNull();
  });

  it('escalations per project averages over every project, including those without any', () => {
    expect(
      escalationsPerProject([{ escalations: 3 }, { escalations: 0 }, { escalations: 0 }, { escalations: 1 }]),
    ).toBe(1);
    expect(escalationsPerProject([])).toBeNull();
  });

  it('a day belongs to its month', () => {
    expect(monthOf('2026-11-30')).toBe('2026-11');
  });
});

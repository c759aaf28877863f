import { activationOutcome, addDays, outreachFlag, usageMarkers } from '@baton/shared';
import { DEMO_PROJECTS } from '../demo-projects';
import { demoUsageRows } from '../demo-usage-seed';

const today = '2026-11-23';
const rule = { threshold: 60, windowDays: 90 };

describe('demo usage', () => {
  const projects = DEMO_PROJECTS.map((d, i) => ({ customerId: `c${i}`, startDate: addDays(today, -d.startedDaysAgo) }));
  const rows = demoUsageRows(projects, today);
  const states = projects.map((p) => {
    const points = rows.filter((r) => r.customerId === p.customerId);
    const project = { startDate: p.startDate, churned: false };
    return {
      outcome: activationOutcome(project, points, rule, today).outcome,
      flag: outreachFlag(project, points, rule, today),
      alarm: usageMarkers(points, today).alarm,
      reports: points.length,
    };
  });

  it('shows an activated customer, a pending one, one flagged for outreach and a sharp drop', () => {
    expect(states.some((s) => s.outcome === 'ACTIVATED' && !s.alarm)).toBe(true);
    expect(states.some((s) => s.outcome === 'PENDING' && s.flag === null && s.reports > 0)).toBe(true);
    expect(states.some((s) => s.flag === 'DAY_30')).toBe(true);
    expect(states.some((s) => s.alarm)).toBe(true);
  });

  it('reports nothing in the future and every score within 0–100', () => {
    expect(rows.every((r) => r.takenOn <= today && r.utilization >= 0 && r.utilization <= 100)).toBe(true);
  });
});

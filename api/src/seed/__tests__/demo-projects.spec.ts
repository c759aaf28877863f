import {
  addDays,
  CUSTOMER_SEGMENTS,
  CUSTOMER_SIZE_BANDS,
  currentPhase,
  INDUSTRIES,
  PREFECTURES,
  PRODUCT_MODULES,
  projectHealth,
} from '@baton/shared';
import { DEMO_FIRMS } from '../demo-program';
import { DEMO_PHASE_SUMMARIES, DEMO_PROJECTS, DEMO_SURVEY_ANSWERS, planDemoPhases } from '../demo-projects';
import { DEMO_CAPACITY, DEMO_CERTIFIED, DEMO_CUSTOMERS } from '../demo-queue';

/** The default template the migration writes (DESIGN.md): phase Y complete by day X. */
const DEFAULT_TEMPLATE = [7, 21, 35, 50, 70, 90].map((dueDay, i) => ({
  position: i + 1,
  nameEn: `Phase ${i + 1}`,
  nameJa: `フェーズ${i + 1}`,
  dueDay,
  surveyOnCompletion: i === 1 || i === 3,
}));

const TODAY = '2026-11-23';
const plan = (p: (typeof DEMO_PROJECTS)[number]) =>
  planDemoPhases(p, addDays(TODAY, -p.startedDaysAgo), TODAY, DEFAULT_TEMPLATE);

describe('demo projects', () => {
  it('uses the program vocabulary and new, unique companies', () => {
    for (const p of DEMO_PROJECTS) {
      expect(INDUSTRIES).toContain(p.industry);
      expect(CUSTOMER_SIZE_BANDS).toContain(p.employeeBand);
      expect(PREFECTURES).toContain(p.prefecture);
      expect(CUSTOMER_SEGMENTS).toContain(p.segment);
      for (const product of p.products) expect(PRODUCT_MODULES).toContain(product);
    }
    const names = [...DEMO_CUSTOMERS, ...DEMO_PROJECTS].map((c) => c.company);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each firm 2–3 projects its certified lead may run, started over the last ~80 days', () => {
    for (const { key } of DEMO_FIRMS) {
      const own = DEMO_PROJECTS.filter((p) => p.firm === key);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(3);
      for (const p of own) for (const product of p.products) expect(DEMO_CERTIFIED[key]).toContain(product);
    }
    const days = DEMO_PROJECTS.map((p) => p.startedDaysAgo);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...days)).toBeLessThanOrEqual(80);
    expect(Math.max(...days)).toBeGreaterThanOrEqual(70);
  });

  it('leaves every firm at least 2 free slots this month, whatever the day of the month', () => {
    for (const { key } of DEMO_FIRMS) {
      // At worst every project started within the last 30 days falls in this month.
      const thisMonth =
        DEMO_CUSTOMERS.filter((c) => c.assignedTo === key).length +
        DEMO_PROJECTS.filter((p) => p.firm === key && p.startedDaysAgo <= 30).length;
      expect(DEMO_CAPACITY[key] - thisMonth).toBeGreaterThanOrEqual(2);
      expect(DEMO_PROJECTS.filter((p) => p.firm === key).length).toBeLessThanOrEqual(DEMO_CAPACITY[key]);
    }
  });

  it('completes the earlier phases on or about their due date, in order, never in the future', () => {
    for (const p of DEMO_PROJECTS) {
      const phases = plan(p);
      const start = addDays(TODAY, -p.startedDaysAgo);
      expect(phases.map((ph) => ph.dueDate)).toEqual(DEFAULT_TEMPLATE.map((t) => addDays(start, t.dueDay - 1)));
      expect(phases.map((ph) => ph.surveyOnCompletion)).toEqual(DEFAULT_TEMPLATE.map((t) => t.surveyOnCompletion));
      const done = phases.filter((ph) => ph.completedOn);
      expect(done.map((ph) => ph.position)).toEqual(p.completedLate.map((_, i) => i + 1));
      let previous = start;
      for (const ph of done) {
        expect(ph.completedOn! >= previous).toBe(true);
        expect(ph.completedOn! <= TODAY).toBe(true);
        expect(ph.completedOn! >= addDays(ph.dueDate, -2)).toBe(true);
        expect(ph.completedOn! <= addDays(ph.dueDate, 3)).toBe(true);
        expect(ph.summary).toBe(DEMO_PHASE_SUMMARIES[ph.position]);
        previous = ph.completedOn!;
      }
      expect(phases.filter((ph) => !ph.completedOn).every((ph) => ph.summary === null)).toBe(true);
    }
  });

  it('shows projects in several phases and every health of a running project', () => {
    const planned = DEMO_PROJECTS.map((p) => ({ p, phases: plan(p) }));
    const healths = planned.map(({ phases }) => projectHealth(phases, TODAY));
    expect(new Set(healths)).toEqual(new Set(['ON_TRACK', 'AT_RISK', 'OVERDUE']));
    const current = planned.map(({ phases }) => currentPhase(phases)?.position);
    expect(current.every((position) => position !== undefined)).toBe(true);
    expect(new Set(current).size).toBeGreaterThanOrEqual(5);
    // The firm of the e2e journeys (さくら) alone has all three.
    const sakura = planned.filter(({ p }) => p.firm === 'sakura').map(({ phases }) => projectHealth(phases, TODAY));
    expect(new Set(sakura)).toEqual(new Set(['ON_TRACK', 'AT_RISK', 'OVERDUE']));
  });

  it('logs work and opens issues within the project, one open issue per firm', () => {
    for (const p of DEMO_PROJECTS) {
      expect(p.workLogs.length).toBeGreaterThan(0);
      for (const log of p.workLogs) {
        expect(log.daysAgo).toBeGreaterThanOrEqual(0);
        expect(log.daysAgo).toBeLessThanOrEqual(p.startedDaysAgo);
        expect(log.hours).toBeGreaterThan(0);
        expect(log.hours).toBeLessThanOrEqual(24);
      }
      if (p.openIssue) expect(p.openIssue.daysAgo).toBeLessThanOrEqual(p.startedDaysAgo);
    }
    for (const { key } of DEMO_FIRMS)
      expect(DEMO_PROJECTS.filter((p) => p.firm === key && p.openIssue)).toHaveLength(1);
  });

  it('has surveyed phases completed long enough ago for the customer to have answered, with valid answers', () => {
    const answered = DEMO_PROJECTS.flatMap(plan).filter(
      (ph) => ph.surveyOnCompletion && ph.completedOn && addDays(ph.completedOn, 2) <= TODAY,
    );
    expect(answered.length).toBeGreaterThanOrEqual(3);
    for (const a of DEMO_SURVEY_ANSWERS) {
      expect(a.csat).toBeGreaterThanOrEqual(1);
      expect(a.csat).toBeLessThanOrEqual(5);
      expect(a.nps).toBeGreaterThanOrEqual(0);
      expect(a.nps).toBeLessThanOrEqual(10);
    }
  });
});

import { CUSTOMER_SEGMENTS, CUSTOMER_SIZE_BANDS, INDUSTRIES, PREFECTURES, PRODUCT_MODULES } from '@baton/shared';
import { DEMO_FIRMS } from '../demo-program';
import { DEMO_CAPACITY, DEMO_CERTIFIED, DEMO_CUSTOMERS, demoExternalId } from '../demo-queue';

describe('demo queue', () => {
  it('uses the program vocabulary only', () => {
    for (const c of DEMO_CUSTOMERS) {
      expect(INDUSTRIES).toContain(c.industry);
      expect(CUSTOMER_SIZE_BANDS).toContain(c.employeeBand);
      expect(PREFECTURES).toContain(c.prefecture);
      expect(CUSTOMER_SEGMENTS).toContain(c.segment);
      expect(c.products.length).toBeGreaterThan(0);
      for (const p of c.products) expect(PRODUCT_MODULES).toContain(p);
    }
  });

  it('has unique company names and CRM ids in contract order', () => {
    expect(new Set(DEMO_CUSTOMERS.map((c) => c.company)).size).toBe(DEMO_CUSTOMERS.length);
    expect(demoExternalId(0)).toBe('CRM-1001');
    const days = DEMO_CUSTOMERS.map((c) => c.contractInDays);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(-60);
    expect(Math.max(...days)).toBeLessThanOrEqual(60);
  });

  it('assigns only to demo firms whose certified lead covers every product bought', () => {
    const keys = DEMO_FIRMS.map((f) => f.key);
    const assigned = DEMO_CUSTOMERS.filter((c) => c.assignedTo);
    expect(assigned).toHaveLength(3);
    for (const c of assigned) {
      expect(keys).toContain(c.assignedTo);
      for (const p of c.products) expect(DEMO_CERTIFIED[c.assignedTo!]).toContain(p);
      // Already signed: a placement of this month is plausible.
      expect(c.contractInDays).toBeLessThan(0);
    }
    for (const key of keys)
      expect(assigned.filter((c) => c.assignedTo === key).length).toBeLessThanOrEqual(DEMO_CAPACITY[key]);
  });

  it('queues more signed customers than this month has free slots, whatever the day (the shortfall to show)', () => {
    const offered = Object.values(DEMO_CAPACITY).reduce((sum, slots) => sum + slots, 0);
    const consumed = DEMO_CUSTOMERS.filter((c) => c.assignedTo).length;
    const backlog = DEMO_CUSTOMERS.filter((c) => !c.assignedTo && c.contractInDays < 0).length;
    expect(backlog).toBeGreaterThan(offered - consumed);
  });
});

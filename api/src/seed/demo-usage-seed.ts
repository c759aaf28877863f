import { addDays } from '@baton/shared';
import type { EntityManager } from 'typeorm';
import { UsageSnapshot, UsageSource } from '../usage/usage-snapshot.entity';

/**
 * Weekly utilization of a demo project's customer, by how long ago the project started, so the demo
 * shows each case: activated (long-running, rising), a sharp drop (55–69 days), flagged for outreach
 * (30–54 days, flat below the threshold of 60), pending (10–29 days, rising) and none yet (< 10).
 */
export function demoUtilization(daysSinceStart: number, week: number, weeks: number): number {
  if (daysSinceStart >= 70) return Math.min(85, 30 + week * 6);
  if (daysSinceStart >= 55) return week === weeks - 1 ? 38 : Math.min(72, 45 + week * 5);
  if (daysSinceStart >= 30) return 22 + (week % 3) * 3;
  return 20 + week * 8;
}

export interface DemoUsageRow {
  customerId: string;
  takenOn: string;
  utilization: number;
  metrics: Record<string, number>;
}

/** One report a week, from the start to `today`, for projects started at least 10 days before `today`. */
export function demoUsageRows(
  projects: readonly { customerId: string; startDate: string }[],
  today: string,
): DemoUsageRow[] {
  return projects.flatMap((p) => {
    const days = Math.round((Date.parse(today) - Date.parse(p.startDate)) / 86_400_000);
    if (days < 10) return [];
    const weeks = Math.floor(days / 7) + 1;
    return Array.from({ length: weeks }, (_, week) => ({
      customerId: p.customerId,
      takenOn: addDays(p.startDate, week * 7),
      utilization: demoUtilization(days, week, weeks),
      metrics: { logins: 10 + week * 4 },
    }));
  });
}

/** Weekly snapshots (reported by CSV) of every demo project's customer. */
export async function seedDemoUsage(m: EntityManager, today: string): Promise<number> {
  const projects: { customerId: string; startDate: string }[] = await m.query(
    `SELECT customer_id AS "customerId", start_date::text AS "startDate" FROM onboarding_project ORDER BY start_date`,
  );
  const rows = demoUsageRows(projects, today);
  if (rows.length > 0)
    await m.getRepository(UsageSnapshot).insert(rows.map((r) => ({ ...r, source: UsageSource.CSV })));
  return rows.length;
}

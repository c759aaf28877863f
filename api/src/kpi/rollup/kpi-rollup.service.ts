import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { ALL_TIME, REFRESH_STATEMENTS } from './kpi-rollup.sql';

/** The roll-ups' day and time; `KpiRollupState` as the dashboard reads it. */
export interface RollupState {
  asOfDay: string;
  refreshedAt: Date;
  durationMs: number;
}

/** Another process holds it while it rebuilds the roll-ups. */
const REFRESH_LOCK = 7314003;

/**
 * The roll-ups behind the program dashboard (`kpi_rollup_*`): rebuilt whole, in one transaction,
 * for the Clock's day; readers see the previous build until it commits.
 */
@Injectable()
export class KpiRollupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Rebuilds them for today, then vacuums them (each rebuild leaves a dead version of every row,
   * which piles up where autovacuum is slow or off); null when another process is rebuilding.
   */
  async refresh(): Promise<RollupState | null> {
    const state = await this.rebuild();
    if (state) await this.dataSource.query(`VACUUM (ANALYZE) kpi_rollup_month, kpi_rollup_risk, kpi_rollup_state`);
    return state;
  }

  private rebuild(): Promise<RollupState | null> {
    const today = this.clock.today();
    const started = performance.now();
    return this.dataSource.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [REFRESH_LOCK]);
      if (!locked) return null;
      await m.query(`DELETE FROM kpi_rollup_month`);
      await m.query(`DELETE FROM kpi_rollup_risk`);
      for (const sql of REFRESH_STATEMENTS) await m.query(sql, [...ALL_TIME, null, today]);
      const durationMs = Math.round(performance.now() - started);
      const [state] = await m.query(
        `INSERT INTO kpi_rollup_state (id, as_of_day, refreshed_at, duration_ms) VALUES (1, $1, now(), $2)
         ON CONFLICT (id) DO UPDATE SET as_of_day = EXCLUDED.as_of_day, refreshed_at = EXCLUDED.refreshed_at,
                                        duration_ms = EXCLUDED.duration_ms
         RETURNING ${STATE_COLUMNS}`,
        [today, durationMs],
      );
      return state as RollupState;
    });
  }

  /** The roll-ups' state when they count for `today`; null when they are missing or of another day. */
  async servingToday(manager: EntityManager, today: string): Promise<RollupState | null> {
    const [state] = await manager.query(SERVING_TODAY, [today]);
    return (state as RollupState | undefined) ?? null;
  }
}

const STATE_COLUMNS = `to_char(as_of_day, 'YYYY-MM-DD') AS "asOfDay", refreshed_at AS "refreshedAt", duration_ms AS "durationMs"`;

/** The roll-ups' state when they count for the day $1; no row otherwise. */
export const SERVING_TODAY = `SELECT ${STATE_COLUMNS} FROM kpi_rollup_state WHERE id = 1 AND as_of_day = $1`;

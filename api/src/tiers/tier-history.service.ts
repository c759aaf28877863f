import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A firm's tier on a day, and the reward rate of that tier in the definitions then in effect. */
export interface TierOnDay {
  day: string;
  /** 1 when no review had set a tier by that day (every firm starts at the lowest tier). */
  tier: number;
  rewardRate: number;
  definitionVersion: number;
}

/**
 * The tier history read by date: what tier a firm had on a day (the latest change effective on or
 * before it) and the reward rate the definitions in effect that day give it.
 */
@Injectable()
export class TierHistoryService {
  /** For each day (YYYY-MM-DD) asked, in one statement. */
  async onDays(manager: EntityManager, partnerId: string, days: readonly string[]): Promise<TierOnDay[]> {
    if (days.length === 0) return [];
    const rows: { day: string; tier: number; rewardRate: number; definitionVersion: number }[] = await manager.query(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, t.tier, def.reward_rate AS "rewardRate", s.version AS "definitionVersion"
         FROM unnest($2::date[]) AS d(day)
         CROSS JOIN LATERAL (
           SELECT coalesce((SELECT c.tier FROM partner_tier_change c
                             WHERE c.partner_id = $1 AND c.effective_from <= d.day
                             ORDER BY c.effective_from DESC, c.changed_at DESC LIMIT 1), 1) AS tier) t
         CROSS JOIN LATERAL (
           SELECT * FROM tier_definition_set ts WHERE ts.effective_from <= d.day
            ORDER BY ts.effective_from DESC, ts.version DESC LIMIT 1) s
         JOIN tier_definition def ON def.set_id = s.id AND def.tier = t.tier`,
      [partnerId, days],
    );
    return rows;
  }
}

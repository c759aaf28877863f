import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A firm's tier on a day, and the reward rate of that tier in the definitions then in effect. */
export interface TierOnDay {
  partnerId: string;
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
  /** For each (firm, day YYYY-MM-DD) asked, in one statement, in the order asked. */
  async onDays(manager: EntityManager, asked: readonly { partnerId: string; day: string }[]): Promise<TierOnDay[]> {
    if (asked.length === 0) return [];
    return manager.query(
      `SELECT d.partner_id AS "partnerId", to_char(d.day, 'YYYY-MM-DD') AS day, t.tier,
              def.reward_rate AS "rewardRate", s.version AS "definitionVersion"
         FROM unnest($1::uuid[], $2::date[]) WITH ORDINALITY AS d(partner_id, day, n)
         CROSS JOIN LATERAL (
           SELECT coalesce((SELECT c.tier FROM partner_tier_change c
                             WHERE c.partner_id = d.partner_id AND c.effective_from <= d.day
                             ORDER BY c.effective_from DESC, c.changed_at DESC LIMIT 1), 1) AS tier) t
         CROSS JOIN LATERAL (
           SELECT * FROM tier_definition_set ts WHERE ts.effective_from <= d.day
            ORDER BY ts.effective_from DESC, ts.version DESC LIMIT 1) s
         JOIN tier_definition def ON def.set_id = s.id AND def.tier = t.tier
        ORDER BY d.n`,
      [asked.map((a) => a.partnerId), asked.map((a) => a.day)],
    );
  }
}

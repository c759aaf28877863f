import { Injectable } from '@nestjs/common';
import { addDays, tierMet, unmetThresholds } from '@baton/shared';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { PartnersService } from '../partners/partners.service';
import { TierDefinitionsService } from './tier-definitions.service';
import type { TierStanding } from './tier-standing.types';
import { ruleOf, TiersService } from './tiers.service';

/** The last three complete months before `today` (YYYY-MM-DD). */
export function lastThreeMonths(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 4, 1)).toISOString().slice(0, 10);
  return { from: first, to: addDays(`${today.slice(0, 7)}-01`, -1) };
}

/** A firm's standing for its partner portal and the vendor's partner page. */
@Injectable()
export class TierStandingService {
  constructor(
    private readonly clock: Clock,
    private readonly partners: PartnersService,
    private readonly tiers: TiersService,
    private readonly definitions: TierDefinitionsService,
  ) {}

  /** Null for a firm the caller may not see. */
  async standing(ctx: RequestContext, partnerId: string): Promise<TierStanding | null> {
    const partner = await this.partners.get(ctx, partnerId);
    if (!partner) return null;
    const { from, to } = lastThreeMonths(this.clock.today());
    const definitions = await this.definitions.current(ctx.manager);
    const evidence = await this.tiers.evidence(ctx.manager, partner.id, from, to);
    const tier = partner.tier ?? 1;
    const next = definitions.find((d) => d.tier === tier + 1) ?? null;
    return {
      partnerId: partner.id,
      tier,
      definitions,
      periodFrom: from,
      periodTo: to,
      evidence,
      metTier: tierMet(evidence, definitions.map(ruleOf)),
      nextTier: next?.tier ?? null,
      gaps: next ? unmetThresholds(evidence, ruleOf(next)) : [],
    };
  }
}

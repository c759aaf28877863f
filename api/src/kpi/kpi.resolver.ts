import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, PROGRAM_READERS } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { KpiArgs, KpiEvidenceArgs } from './dto/kpi.args';
import { KpiService } from './kpi.service';
import { KpiDashboard, KpiEvidence } from './kpi.types';

const READERS = [...PROGRAM_READERS, Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

@Resolver()
export class KpiResolver {
  constructor(private readonly kpis: KpiService) {}

  @Query(() => KpiDashboard, { description: 'Vendor dashboard over a period; a partner user: its own scorecard.' })
  @Allow(...READERS)
  kpiDashboard(@Ctx() ctx: RequestContext, @Args() args: KpiArgs) {
    return this.kpis.dashboard(ctx, args);
  }

  @Query(() => KpiEvidence, { description: 'The rows behind a figure of the dashboard.' })
  @Allow(...READERS)
  kpiEvidence(@Ctx() ctx: RequestContext, @Args() args: KpiEvidenceArgs) {
    return this.kpis.evidence(ctx, args);
  }
}

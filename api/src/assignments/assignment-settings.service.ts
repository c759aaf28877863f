import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { AssignmentSettings } from './assignment-settings.entity';
import type { UpdateAssignmentSettingsInput } from './dto/matching.args';
import type { FitWeights } from './fit-score';

/** The program's assignment settings (one row, created by the migration). */
@Injectable()
export class AssignmentSettingsService {
  async get(ctx: RequestContext): Promise<AssignmentSettings> {
    return ctx.manager.getRepository(AssignmentSettings).findOneByOrFail({ id: 1 });
  }

  async update(ctx: RequestContext, input: UpdateAssignmentSettingsInput): Promise<AssignmentSettings> {
    const settings = await this.get(ctx);
    const before = values(settings);
    Object.assign(settings, input, { updatedByEmail: ctx.user?.email ?? null });
    const saved = await ctx.manager.getRepository(AssignmentSettings).save(settings);
    ctx.audit({
      action: 'assignment.settings',
      entityType: 'AssignmentSettings',
      entityId: null,
      before,
      after: values(saved),
    });
    return saved;
  }
}

export function weightsOf(s: AssignmentSettings): FitWeights {
  return {
    industry: s.weightIndustry,
    products: s.weightProducts,
    certified: s.weightCertified,
    region: s.weightRegion,
    tier: s.weightTier,
    capacity: s.weightCapacity,
  };
}

function values(s: AssignmentSettings) {
  return { ...weightsOf(s), declineWindowDays: s.declineWindowDays };
}

import { Injectable } from '@nestjs/common';
import type { ActivationRule } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ActivationSettings } from './activation-settings.entity';
import type { UpdateActivationSettingsInput } from './dto/usage.inputs';

/** The program's activation settings (one row, created by the migration). */
@Injectable()
export class ActivationSettingsService {
  get(ctx: RequestContext): Promise<ActivationSettings> {
    return ctx
      .loader<ActivationSettings>('activationSettings', async (ids) => {
        const row = await ctx.manager.getRepository(ActivationSettings).findOneByOrFail({ id: 1 });
        return ids.map(() => row);
      })
      .load('1') as Promise<ActivationSettings>;
  }

  async rule(ctx: RequestContext): Promise<ActivationRule> {
    const s = await this.get(ctx);
    return { threshold: s.threshold, windowDays: s.windowDays };
  }

  async update(ctx: RequestContext, input: UpdateActivationSettingsInput): Promise<ActivationSettings> {
    const repo = ctx.manager.getRepository(ActivationSettings);
    const settings = await repo.findOneByOrFail({ id: 1 });
    const before = { threshold: settings.threshold, windowDays: settings.windowDays };
    Object.assign(settings, input, { updatedByEmail: ctx.user?.email ?? null });
    const saved = await repo.save(settings);
    ctx.audit({
      action: 'activation.settings',
      entityType: 'ActivationSettings',
      entityId: null,
      before,
      after: { threshold: saved.threshold, windowDays: saved.windowDays },
    });
    return saved;
  }
}

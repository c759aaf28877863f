import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FaultCode } from '@baton/shared';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { Fault } from '../common/errors/fault';
import type { PublishTierDefinitionsInput } from './dto/tier-definition.inputs';
import { TierDefinition, TierDefinitionSet } from './tier-definition.entity';
import { EffectiveDateInPastError } from './tiers.errors';

/**
 * The versioned tier definitions: a version is in effect from its date until the next one's.
 * Publishing writes a new version (from today or later); reviews keep the version they used.
 */
@Injectable()
export class TierDefinitionsService {
  constructor(private readonly clock: Clock) {}

  /**
   * The definitions in effect on a day (the latest version effective on or before it). A day
   * before the first version (a review period before the program began) has none: the caller's input.
   */
  async on(manager: EntityManager, day: string): Promise<{ set: TierDefinitionSet; tiers: TierDefinition[] }> {
    const set = await manager
      .getRepository(TierDefinitionSet)
      .createQueryBuilder('s')
      .where('s.effectiveFrom <= :day', { day })
      .orderBy('s.effectiveFrom', 'DESC')
      .addOrderBy('s.version', 'DESC')
      .getOne();
    if (!set) throw new Fault(FaultCode.BAD_USER_INPUT, 'fault.noTierDefinitions', { day });
    return { set, tiers: await this.tiersOf(manager, set.id) };
  }

  async current(manager: EntityManager): Promise<TierDefinition[]> {
    return (await this.on(manager, this.clock.today())).tiers;
  }

  /** Every version, newest first. */
  versions(manager: EntityManager): Promise<TierDefinitionSet[]> {
    return manager.getRepository(TierDefinitionSet).find({ order: { version: 'DESC' } });
  }

  /** The five tiers of one version (batched per request). */
  tiersOfSet(ctx: RequestContext, setId: string): Promise<TierDefinition[]> {
    return ctx
      .loader<TierDefinition[]>('tierDefinition.bySet', async (ids) => {
        const rows = await ctx.manager
          .getRepository(TierDefinition)
          .createQueryBuilder('d')
          .where('d.setId IN (:...ids)', { ids })
          .orderBy('d.tier', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.setId === id));
      })
      .load(setId)
      .then((tiers) => tiers ?? []);
  }

  async publish(
    ctx: RequestContext,
    input: PublishTierDefinitionsInput,
  ): Promise<TierDefinitionSet | EffectiveDateInPastError> {
    if (input.effectiveFrom < this.clock.today()) return new EffectiveDateInPastError(ctx, input.effectiveFrom);
    // Versions are numbered in order: two publications at once take turns.
    await ctx.manager.query(`LOCK TABLE tier_definition_set IN SHARE ROW EXCLUSIVE MODE`);
    const [{ version }]: { version: number }[] = await ctx.manager.query(
      `SELECT coalesce(max(version), 0) + 1 AS version FROM tier_definition_set`,
    );
    const sets = ctx.manager.getRepository(TierDefinitionSet);
    const set = await sets.save(
      sets.create({ version, effectiveFrom: input.effectiveFrom, createdByEmail: ctx.user?.email ?? null }),
    );
    const tiers = [...input.tiers].sort((a, b) => a.tier - b.tier);
    await ctx.manager.getRepository(TierDefinition).insert(
      tiers.map((t) => ({
        setId: set.id,
        tier: t.tier,
        nameEn: t.nameEn,
        nameJa: t.nameJa,
        minOnTimeRate: t.minOnTimeRate ?? null,
        maxEscalationsPerProject: t.maxEscalationsPerProject ?? null,
        minAutonomousShare: t.minAutonomousShare ?? null,
        minValueShare: t.minValueShare ?? null,
        minMeanSlots: t.minMeanSlots ?? null,
        minSlotStability: t.minSlotStability ?? null,
        rewardRate: t.rewardRate,
      })),
    );
    ctx.audit({
      action: 'tierDefinitions.published',
      entityType: 'TierDefinitionSet',
      entityId: set.id,
      after: { version, effectiveFrom: set.effectiveFrom, tiers },
    });
    return set;
  }

  private tiersOf(manager: EntityManager, setId: string): Promise<TierDefinition[]> {
    return manager.getRepository(TierDefinition).find({ where: { setId }, order: { tier: 'ASC' } });
  }
}

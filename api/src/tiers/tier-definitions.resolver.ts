import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { PublishTierDefinitionsInput } from './dto/tier-definition.inputs';
import { TierDefinition, TierDefinitionSet } from './tier-definition.entity';
import { TierDefinitionsService } from './tier-definitions.service';
import { EffectiveDateInPastError } from './tiers.errors';
import { READERS } from './tiers.resolver';

const PublishTierDefinitionsResult = resultUnion(
  'PublishTierDefinitionsResult',
  () => [TierDefinitionSet, EffectiveDateInPastError] as const,
);

@Resolver(() => TierDefinitionSet)
export class TierDefinitionsResolver {
  constructor(private readonly definitions: TierDefinitionsService) {}

  @Query(() => [TierDefinition], { description: 'The five tiers in effect today.' })
  @Allow(...READERS)
  tierDefinitions(@Ctx() ctx: RequestContext) {
    return this.definitions.current(ctx.manager);
  }

  @Query(() => [TierDefinitionSet], { description: 'Every version of the tier definitions, newest first.' })
  @Allow(...READERS)
  tierDefinitionSets(@Ctx() ctx: RequestContext) {
    return this.definitions.versions(ctx.manager);
  }

  @Mutation(() => PublishTierDefinitionsResult, { description: 'A new version of the five tiers, from a date.' })
  @Allow(Role.VENDOR_ADMIN)
  publishTierDefinitions(@Ctx() ctx: RequestContext, @Args('input') input: PublishTierDefinitionsInput) {
    return this.definitions.publish(ctx, input);
  }

  @ResolveField(() => [TierDefinition])
  @Allow(...READERS)
  tiers(@Ctx() ctx: RequestContext, @Parent() set: TierDefinitionSet) {
    return this.definitions.tiersOfSet(ctx, set.id);
  }
}

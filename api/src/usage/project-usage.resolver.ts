import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ANY_ROLE, Allow } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { OnboardingProject } from '../onboarding/onboarding-project.entity';
import { ActivationService } from './activation.service';
import { ProjectActivation, ProjectUsage } from './dto/usage.types';
import { UsageSnapshot } from './usage-snapshot.entity';

/**
 * Usage fields of a project. The parent was loaded by the onboarding context for the caller, so a
 * partner user only ever reaches its own firm's projects (and members the ones they are staffed on).
 */
@Resolver(() => OnboardingProject)
export class ProjectUsageResolver {
  constructor(private readonly service: ActivationService) {}

  @ResolveField(() => ProjectActivation, {
    description: 'Activation within the program’s window, with today’s outreach flag.',
  })
  @Allow(...ANY_ROLE)
  activation(@Ctx() ctx: RequestContext, @Parent() project: OnboardingProject) {
    return this.service.activation(ctx, project);
  }

  @ResolveField(() => ProjectUsage, { description: 'The customer’s weekly utilization and its health markers.' })
  @Allow(...ANY_ROLE)
  usage(@Ctx() ctx: RequestContext, @Parent() project: OnboardingProject) {
    return this.service.usage(ctx, project);
  }

  @ResolveField(() => [UsageSnapshot], { description: 'The customer’s usage snapshots, oldest first.' })
  @Allow(...ANY_ROLE)
  usageSnapshots(@Ctx() ctx: RequestContext, @Parent() project: OnboardingProject) {
    return this.service.snapshotsOf(ctx, project);
  }
}

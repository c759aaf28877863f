import {
  Args,
  Field,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import {
  EscalationFilterArgs,
  EscalationListArgs,
  EscalationPriority,
  RaiseEscalationInput,
  ReplyToEscalationInput,
  ResolveEscalationInput,
} from './dto/escalation.inputs';
import { Escalation, EscalationMessage } from './escalation.entity';
import { EscalationsService } from './escalations.service';
import { OnboardingProject } from './onboarding-project.entity';
import { EscalationResolvedError, ProjectClosedError } from './onboarding.errors';
import { ProjectsService } from './projects.service';

@ObjectType()
class EscalationList extends Paginated(Escalation, 'Escalation') {}

@ObjectType()
class EscalationStats {
  @Field(() => Int) open: number;
  @Field(() => Int) resolved: number;
  @Field(() => Float, { nullable: true }) medianFirstResponseHours: number | null;
  @Field(() => Float, { nullable: true }) medianResolutionHours: number | null;
  @Field(() => Float, { nullable: true, description: 'Escalations ÷ projects.' }) perProject: number | null;
}

const RaiseEscalationResult = resultUnion(
  'RaiseEscalationResult',
  () => [Escalation, NotFoundError, ProjectClosedError] as const,
);
const EscalationResult = resultUnion(
  'EscalationResult',
  () => [Escalation, NotFoundError, EscalationResolvedError] as const,
);
const PARTNER_USERS = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

@Resolver(() => Escalation)
export class EscalationsResolver {
  constructor(
    private readonly service: EscalationsService,
    private readonly projects: ProjectsService,
  ) {}

  @Query(() => EscalationList, {
    description: 'The inbox: open first, oldest first. A firm: its own; a partner member: of their projects.',
  })
  @Allow(...ANY_ROLE)
  escalations(@Ctx() ctx: RequestContext, @Args() args: EscalationListArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Escalation, { nullable: true })
  @Allow(...ANY_ROLE)
  escalation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(ctx, id);
  }

  @Query(() => EscalationStats, { description: 'Counts, median first-response and resolution hours, per project.' })
  @Allow(...ANY_ROLE)
  escalationStats(@Ctx() ctx: RequestContext, @Args() args: EscalationFilterArgs) {
    return this.service.stats(ctx, args.filter);
  }

  @Mutation(() => RaiseEscalationResult, { description: 'A partner user asks the vendor for help on a project.' })
  @Allow(...PARTNER_USERS)
  raiseEscalation(@Ctx() ctx: RequestContext, @Args('input') input: RaiseEscalationInput) {
    return this.service.raise(ctx, input);
  }

  @Mutation(() => EscalationResult, { description: 'A message on an open escalation, from either side.' })
  @Allow(...VENDOR, ...PARTNER_USERS)
  replyToEscalation(@Ctx() ctx: RequestContext, @Args('input') input: ReplyToEscalationInput) {
    return this.service.reply(ctx, input);
  }

  @Mutation(() => EscalationResult, { description: 'Vendor staff close an escalation with the resolution.' })
  @Allow(...VENDOR)
  resolveEscalation(@Ctx() ctx: RequestContext, @Args('input') input: ResolveEscalationInput) {
    return this.service.resolve(ctx, input);
  }

  @ResolveField(() => EscalationPriority, { nullable: true, description: 'By age while open; null once resolved.' })
  @Allow(...ANY_ROLE)
  priority(@Parent() e: Escalation) {
    return this.service.priority(e);
  }

  @ResolveField(() => [EscalationMessage], { description: 'The conversation, oldest first.' })
  @Allow(...ANY_ROLE)
  messages(@Ctx() ctx: RequestContext, @Parent() e: Escalation) {
    return this.service.messagesOf(ctx, e.id);
  }

  @ResolveField(() => OnboardingProject, { nullable: true })
  @Allow(...ANY_ROLE)
  project(@Ctx() ctx: RequestContext, @Parent() e: Escalation) {
    return this.projects.get(ctx, e.projectId);
  }
}

@Resolver(() => OnboardingProject)
export class ProjectEscalationsResolver {
  constructor(private readonly service: EscalationsService) {}

  @ResolveField(() => [Escalation], { description: 'Newest first.' })
  @Allow(...ANY_ROLE)
  escalations(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.service.ofProject(ctx, p.id);
  }
}

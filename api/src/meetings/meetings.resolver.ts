import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import { OnboardingProject } from '../onboarding/onboarding-project.entity';
import { ProjectsService } from '../onboarding/projects.service';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { CompleteActionItemInput, MeetingListArgs, RecordMeetingInput } from './dto/meeting.inputs';
import { ActionItem, Meeting } from './meeting.entity';
import { ActionItemDoneError } from './meetings.errors';
import { MeetingsService } from './meetings.service';

@ObjectType()
class MeetingList extends Paginated(Meeting, 'Meeting') {}

const RecordMeetingResult = resultUnion('RecordMeetingResult', () => [Meeting, NotFoundError] as const);
const CompleteActionItemResult = resultUnion(
  'CompleteActionItemResult',
  () => [ActionItem, NotFoundError, ActionItemDoneError] as const,
);
/** The firm's admins read their meetings; members are not in them. */
const READERS = [...PROGRAM_READERS, Role.PARTNER_ADMIN];

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly partners: PartnersService,
    private readonly projectsService: ProjectsService,
  ) {}

  @Query(() => MeetingList, { description: 'Newest first; a partner admin: its own firm’s.' })
  @Allow(...READERS)
  meetings(@Ctx() ctx: RequestContext, @Args() args: MeetingListArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Meeting, { nullable: true })
  @Allow(...READERS)
  meeting(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => RecordMeetingResult, { description: 'Vendor staff record a meeting with a firm.' })
  @Allow(...VENDOR)
  recordMeeting(@Ctx() ctx: RequestContext, @Args('input') input: RecordMeetingInput) {
    return this.service.record(ctx, input);
  }

  @Mutation(() => CompleteActionItemResult)
  @Allow(...VENDOR, Role.PARTNER_ADMIN)
  completeActionItem(@Ctx() ctx: RequestContext, @Args('input') input: CompleteActionItemInput) {
    return this.service.completeActionItem(ctx, input);
  }

  @ResolveField(() => [ActionItem])
  @Allow(...READERS)
  actionItems(@Ctx() ctx: RequestContext, @Parent() m: Meeting) {
    return this.service.actionItemsOf(ctx, m.id);
  }

  @ResolveField(() => Partner, { nullable: true })
  @Allow(...READERS)
  partner(@Ctx() ctx: RequestContext, @Parent() m: Meeting) {
    return this.partners.get(ctx, m.partnerId);
  }

  @ResolveField(() => [OnboardingProject])
  @Allow(...READERS)
  async projects(@Ctx() ctx: RequestContext, @Parent() m: Meeting) {
    const linked = await Promise.all(m.projectIds.map((id) => this.projectsService.get(ctx, id)));
    return linked.filter((p): p is OnboardingProject => p !== null);
  }
}

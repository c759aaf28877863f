import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { PageArgs } from '../common/pagination';
import { UuidPipe } from '../common/uuid.pipe';
import { AnnouncementAcknowledgement } from './announcement-acknowledgement.entity';
import { Announcement } from './announcement.entity';
import { AnnouncementsService } from './announcements.service';
import { PublishAnnouncementInput } from './dto/publish-announcement.input';

@ObjectType()
class AnnouncementList extends Paginated(Announcement, 'Announcement') {}

const AcknowledgeAnnouncementResult = resultUnion(
  'AcknowledgeAnnouncementResult',
  () => [Announcement, NotFoundError] as const,
);

const PARTNER_USERS = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

@Resolver(() => Announcement)
export class AnnouncementsResolver {
  constructor(private readonly announcementsService: AnnouncementsService) {}

  @Query(() => AnnouncementList, { description: 'Newest first; a partner user gets those meant for its firm.' })
  @Allow(...ANY_ROLE)
  announcements(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return this.announcementsService.list(ctx, page.skip, page.take);
  }

  @Query(() => Announcement, { nullable: true })
  @Allow(...ANY_ROLE)
  announcement(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.announcementsService.get(ctx, id);
  }

  @Mutation(() => Announcement, { description: 'Publishes to every partner or to chosen tiers.' })
  @Allow(...VENDOR)
  publishAnnouncement(@Ctx() ctx: RequestContext, @Args('input') input: PublishAnnouncementInput) {
    return this.announcementsService.publish(ctx, input);
  }

  @Mutation(() => AcknowledgeAnnouncementResult, { description: 'The signed-in partner user has read it.' })
  @Allow(...PARTNER_USERS)
  acknowledgeAnnouncement(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.announcementsService.acknowledge(ctx, id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user acknowledged it (batched).' })
  @Allow(...ANY_ROLE)
  acknowledgedByMe(@Ctx() ctx: RequestContext, @Parent() a: Announcement) {
    return this.announcementsService.acknowledgedByMe(ctx, a.id);
  }

  @ResolveField(() => [AnnouncementAcknowledgement], { description: 'Read receipts, oldest first (batched).' })
  @Allow(...PROGRAM_READERS)
  readReceipts(@Ctx() ctx: RequestContext, @Parent() a: Announcement) {
    return this.announcementsService.readReceipts(ctx, a.id);
  }
}

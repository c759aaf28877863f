import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import { ChangePartnerStatusInput } from './dto/change-partner-status.input';
import { PartnerListArgs, PartnerQueryArgs } from './dto/partner-list.args';
import { UpdatePartnerProfileInput } from './dto/update-partner-profile.input';
import { PartnerAdminService } from './partner-admin.service';
import { allowedTransitions } from './partner-lifecycle';
import { Partner, PartnerStatus } from './partner.entity';
import { IllegalStatusTransitionError } from './partner.errors';
import { PartnerStatusChange } from './partner-status-change.entity';
import { PartnersService } from './partners.service';

@ObjectType()
class PartnerList extends Paginated(Partner, 'Partner') {}

const ChangePartnerStatusResult = resultUnion(
  'ChangePartnerStatusResult',
  () => [Partner, NotFoundError, IllegalStatusTransitionError] as const,
);
const UpdatePartnerProfileResult = resultUnion('UpdatePartnerProfileResult', () => [Partner, NotFoundError] as const);

@Resolver(() => Partner)
export class PartnersResolver {
  constructor(
    private readonly partnersService: PartnersService,
    private readonly admin: PartnerAdminService,
  ) {}

  @Query(() => PartnerList, {
    description: 'Partner firms, filtered and sorted; a partner user gets its own firm only.',
  })
  @Allow(...ANY_ROLE)
  partners(@Ctx() ctx: RequestContext, @Args() args: PartnerListArgs) {
    return this.partnersService.list(ctx, args);
  }

  @Query(() => String, { description: 'The filtered directory as CSV (at most 10,000 rows).' })
  @Allow(...PROGRAM_READERS)
  partnersCsv(@Ctx() ctx: RequestContext, @Args() args: PartnerQueryArgs) {
    return this.partnersService.csv(ctx, args);
  }

  @Query(() => Partner, { nullable: true })
  @Allow(...ANY_ROLE)
  partner(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.partnersService.get(ctx, id);
  }

  @Mutation(() => ChangePartnerStatusResult, { description: 'One legal step of the status lifecycle, with a reason.' })
  @Allow(...VENDOR)
  changePartnerStatus(@Ctx() ctx: RequestContext, @Args('input') input: ChangePartnerStatusInput) {
    return this.admin.changeStatus(ctx, input);
  }

  @Mutation(() => UpdatePartnerProfileResult, {
    description: "Vendor staff edit any firm's profile; a partner admin their own.",
  })
  @Allow(...VENDOR, Role.PARTNER_ADMIN)
  updatePartnerProfile(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdatePartnerProfileInput,
  ) {
    return this.admin.updateProfile(ctx, id, input);
  }

  @ResolveField(() => [PartnerStatusChange], { description: 'Status changes, newest first (batched).' })
  @Allow(...ANY_ROLE)
  statusHistory(@Ctx() ctx: RequestContext, @Parent() partner: Partner) {
    return this.partnersService.statusHistory(ctx, partner.id);
  }

  @ResolveField(() => [PartnerStatus], { description: 'The statuses the lifecycle allows next.' })
  @Allow(...ANY_ROLE)
  allowedTransitions(@Parent() partner: Partner) {
    return allowedTransitions(partner.status);
  }
}

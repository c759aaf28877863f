import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import { CannotDeactivateSelfError, EmailAlreadyUsedError, PartnerRequiredError } from '../identity/identity.errors';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { CertificationsService } from './certifications.service';
import { Consultant } from './consultant.entity';
import { ConsultantsService } from './consultants.service';
import { ConsultantListArgs, InviteConsultantInput } from './dto/consultant.input';
import { SkillCertification } from './skill-certification.entity';
import { TrainingRecord } from './training-record.entity';
import { TrainingRecordsService } from './training-records.service';
import { ConsultantAlreadyExistsError } from './training.errors';
import { ConsultantInvitation } from './training-views';

@ObjectType()
class ConsultantList extends Paginated(Consultant, 'Consultant') {}

const InviteConsultantResult = resultUnion(
  'InviteConsultantResult',
  () =>
    [
      ConsultantInvitation,
      NotFoundError,
      PartnerRequiredError,
      ConsultantAlreadyExistsError,
      EmailAlreadyUsedError,
    ] as const,
);
const SetConsultantActiveResult = resultUnion(
  'SetConsultantActiveResult',
  () => [Consultant, NotFoundError, CannotDeactivateSelfError] as const,
);

const MANAGERS = [...VENDOR, Role.PARTNER_ADMIN];

@Resolver(() => Consultant)
export class ConsultantsResolver {
  constructor(
    private readonly consultantsService: ConsultantsService,
    private readonly partners: PartnersService,
    private readonly certificationsService: CertificationsService,
    private readonly records: TrainingRecordsService,
  ) {}

  @Query(() => ConsultantList, {
    description:
      'Consultants by name. Vendor staff and auditors: every firm; a partner admin: their firm; a partner member: themself.',
  })
  @Allow(...ANY_ROLE)
  consultants(@Ctx() ctx: RequestContext, @Args() args: ConsultantListArgs) {
    return this.consultantsService.list(ctx, args);
  }

  @Query(() => Consultant, { nullable: true })
  @Allow(...ANY_ROLE)
  consultant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.consultantsService.get(ctx, id);
  }

  @Mutation(() => InviteConsultantResult, {
    description: 'Adds a consultant and invites them as a partner member; answers the link to pass on.',
  })
  @Allow(...MANAGERS)
  async inviteConsultant(@Ctx() ctx: RequestContext, @Args('input') input: InviteConsultantInput) {
    const result = await this.consultantsService.invite(ctx, input);
    return 'consultant' in result ? Object.assign(new ConsultantInvitation(), result) : result;
  }

  @Mutation(() => SetConsultantActiveResult, { description: 'Also deactivates their account and ends its sessions.' })
  @Allow(...MANAGERS)
  deactivateConsultant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.consultantsService.setActive(ctx, id, false);
  }

  @Mutation(() => SetConsultantActiveResult, { description: 'Also reactivates their account.' })
  @Allow(...MANAGERS)
  reactivateConsultant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.consultantsService.setActive(ctx, id, true);
  }

  @ResolveField(() => Partner, { nullable: true, description: 'The firm (batched).' })
  @Allow(...ANY_ROLE)
  partner(@Ctx() ctx: RequestContext, @Parent() consultant: Consultant) {
    return this.partners.get(ctx, consultant.partnerId);
  }

  @ResolveField(() => [SkillCertification], { description: 'Every certification, whatever its status (batched).' })
  @Allow(...ANY_ROLE)
  certifications(@Ctx() ctx: RequestContext, @Parent() consultant: Consultant) {
    return this.certificationsService.certificationsOf(ctx, consultant.id);
  }

  @ResolveField(() => [TrainingRecord], { description: 'Their training records (batched).' })
  @Allow(...ANY_ROLE)
  trainingRecords(@Ctx() ctx: RequestContext, @Parent() consultant: Consultant) {
    return this.records.recordsOf(ctx, consultant.id);
  }
}

@Resolver(() => Partner)
export class PartnerConsultantsResolver {
  constructor(private readonly consultants: ConsultantsService) {}

  @ResolveField(() => Int, { description: 'Active consultants of the firm the caller can see (batched).' })
  @Allow(...ANY_ROLE)
  consultantCount(@Ctx() ctx: RequestContext, @Parent() partner: Partner) {
    return this.consultants.activeCount(ctx, partner.id);
  }
}

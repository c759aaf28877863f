import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, ANY_ROLE, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { CertificationsService } from './certifications.service';
import { Consultant } from './consultant.entity';
import { ConsultantsService } from './consultants.service';
import { CertificationListArgs, CertifyConsultantInput, RevokeCertificationInput } from './dto/certification.input';
import { CertificationStatus, SkillCertification } from './skill-certification.entity';
import { certificationStatus } from './training-rules';
import { ConsultantInactiveError, TrainingIncompleteError } from './training.errors';

@ObjectType()
class SkillCertificationList extends Paginated(SkillCertification, 'SkillCertification') {}

const CertifyConsultantResult = resultUnion(
  'CertifyConsultantResult',
  () => [SkillCertification, NotFoundError, ConsultantInactiveError, TrainingIncompleteError] as const,
);
const RevokeCertificationResult = resultUnion(
  'RevokeCertificationResult',
  () => [SkillCertification, NotFoundError] as const,
);

@Resolver(() => SkillCertification)
export class CertificationsResolver {
  constructor(
    private readonly certificationsService: CertificationsService,
    private readonly consultants: ConsultantsService,
  ) {}

  @Query(() => SkillCertificationList, {
    description: 'Certifications, soonest expiry first. Partner users: their firm (a partner member: their own).',
  })
  @Allow(...ANY_ROLE)
  certifications(@Ctx() ctx: RequestContext, @Args() args: CertificationListArgs) {
    return this.certificationsService.list(ctx, args);
  }

  @Mutation(() => CertifyConsultantResult, {
    description:
      'Vendor sign-off once every required, active module of the curriculum is PASSED; certifying again renews. Valid 12 months unless told.',
  })
  @Allow(...VENDOR)
  certifyConsultant(@Ctx() ctx: RequestContext, @Args('input') input: CertifyConsultantInput) {
    return this.certificationsService.certify(ctx, input);
  }

  @Mutation(() => RevokeCertificationResult)
  @Allow(...VENDOR)
  revokeCertification(@Ctx() ctx: RequestContext, @Args('input') input: RevokeCertificationInput) {
    return this.certificationsService.revoke(ctx, input);
  }

  @ResolveField(() => CertificationStatus, { description: 'Derived at read time: certifications lapse by themselves.' })
  @Allow(...ANY_ROLE)
  status(@Parent() cert: SkillCertification) {
    return certificationStatus(cert);
  }

  @ResolveField(() => Consultant, { nullable: true, description: 'Batched.' })
  @Allow(...ANY_ROLE)
  consultant(@Ctx() ctx: RequestContext, @Parent() cert: SkillCertification) {
    return this.consultants.get(ctx, cert.consultantId);
  }
}

import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { CatalogService } from './catalog.service';
import { Consultant } from './consultant.entity';
import { ConsultantsService } from './consultants.service';
import {
  ConfirmTrainingResultInput,
  RecordTrainingInput,
  TrainingMatrixArgs,
  TrainingOverviewArgs,
} from './dto/training-record.input';
import { TrainingModule } from './training-module.entity';
import { TrainingOverviewService } from './training-overview.service';
import { TrainingRecord } from './training-record.entity';
import { TrainingRecordsService } from './training-records.service';
import {
  ConsultantInactiveError,
  NotAwaitingConfirmationError,
  TrainingConfirmationRequiredError,
  TrainingResultConfirmedError,
} from './training.errors';
import { PartnerTrainingCompletion, TrainingMatrix, TrainingOverview } from './training-views';

const RecordTrainingResult = resultUnion(
  'RecordTrainingResult',
  () =>
    [
      TrainingRecord,
      NotFoundError,
      ConsultantInactiveError,
      TrainingConfirmationRequiredError,
      TrainingResultConfirmedError,
    ] as const,
);
const ConfirmTrainingResultResult = resultUnion(
  'ConfirmTrainingResultResult',
  () => [TrainingRecord, NotFoundError, NotAwaitingConfirmationError] as const,
);

@Resolver(() => TrainingRecord)
export class TrainingRecordsResolver {
  constructor(
    private readonly records: TrainingRecordsService,
    private readonly overviews: TrainingOverviewService,
    private readonly catalog: CatalogService,
    private readonly consultants: ConsultantsService,
  ) {}

  @Query(() => TrainingMatrix, {
    description:
      "A firm's active consultants × active modules. Partner users get their own firm only (a partner member: their own row); another firm's matrix is empty.",
  })
  @Allow(...ANY_ROLE)
  trainingMatrix(@Ctx() ctx: RequestContext, @Args() args: TrainingMatrixArgs) {
    return this.records.matrix(ctx, args);
  }

  @Query(() => TrainingOverview, { description: 'Program-wide completion per module and per firm.' })
  @Allow(...PROGRAM_READERS)
  trainingOverview(@Ctx() ctx: RequestContext, @Args() args: TrainingOverviewArgs) {
    return this.overviews.overview(ctx, args.productArea);
  }

  @Mutation(() => RecordTrainingResult, {
    description:
      "A partner's report on one consultant × module (created or replaced). A partner admin reports for the firm, a partner member for themself. Role-play and OJT go up to COMPLETED or FAILED; vendor staff confirm PASSED.",
  })
  @Allow(Role.PARTNER_ADMIN, Role.PARTNER_MEMBER)
  recordTraining(@Ctx() ctx: RequestContext, @Args('input') input: RecordTrainingInput) {
    return this.records.record(ctx, input);
  }

  @Mutation(() => ConfirmTrainingResultResult, {
    description: 'Vendor staff turn a COMPLETED role-play or OJT into PASSED or FAILED.',
  })
  @Allow(...VENDOR)
  confirmTrainingResult(@Ctx() ctx: RequestContext, @Args('input') input: ConfirmTrainingResultInput) {
    return this.records.confirm(ctx, input);
  }

  @ResolveField(() => TrainingModule, { nullable: true, description: 'Batched.' })
  @Allow(...ANY_ROLE)
  module(@Ctx() ctx: RequestContext, @Parent() record: TrainingRecord) {
    return this.catalog.getModule(ctx, record.moduleId);
  }

  @ResolveField(() => Consultant, { nullable: true, description: 'Batched.' })
  @Allow(...ANY_ROLE)
  consultant(@Ctx() ctx: RequestContext, @Parent() record: TrainingRecord) {
    return this.consultants.get(ctx, record.consultantId);
  }
}

@Resolver(() => PartnerTrainingCompletion)
export class PartnerTrainingCompletionResolver {
  constructor(private readonly partners: PartnersService) {}

  @ResolveField(() => Partner, { nullable: true, description: 'Batched.' })
  @Allow(...PROGRAM_READERS)
  partner(@Ctx() ctx: RequestContext, @Parent() row: PartnerTrainingCompletion) {
    return this.partners.get(ctx, row.partnerId);
  }
}

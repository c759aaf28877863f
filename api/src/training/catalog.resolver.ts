import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { UuidPipe } from '../common/uuid.pipe';
import { CatalogService } from './catalog.service';
import { Curriculum } from './curriculum.entity';
import {
  CatalogArgs,
  CreateCurriculumInput,
  CreateTrainingModuleInput,
  UpdateCurriculumInput,
  UpdateTrainingModuleInput,
} from './dto/catalog.input';
import { TrainingModule } from './training-module.entity';
import { CurriculumAlreadyExistsError } from './training.errors';

const CreateCurriculumResult = resultUnion(
  'CreateCurriculumResult',
  () => [Curriculum, CurriculumAlreadyExistsError] as const,
);
const CurriculumResult = resultUnion('CurriculumResult', () => [Curriculum, NotFoundError] as const);
const TrainingModuleResult = resultUnion('TrainingModuleResult', () => [TrainingModule, NotFoundError] as const);

/** The training catalog: everyone signed in reads it, the vendor admin manages it. */
@Resolver(() => Curriculum)
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [Curriculum], { description: 'One curriculum per product area (the catalog is small: no paging).' })
  @Allow(...ANY_ROLE)
  curricula(@Ctx() ctx: RequestContext, @Args() args: CatalogArgs) {
    return this.catalog.curricula(ctx, args.includeArchived);
  }

  @Query(() => TrainingModule, { nullable: true })
  @Allow(...ANY_ROLE)
  trainingModule(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.catalog.getModule(ctx, id);
  }

  @Mutation(() => CreateCurriculumResult)
  @Allow(Role.VENDOR_ADMIN)
  createCurriculum(@Ctx() ctx: RequestContext, @Args('input') input: CreateCurriculumInput) {
    return this.catalog.createCurriculum(ctx, input);
  }

  @Mutation(() => CurriculumResult)
  @Allow(Role.VENDOR_ADMIN)
  updateCurriculum(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCurriculumInput,
  ) {
    return this.catalog.updateCurriculum(ctx, id, input);
  }

  @Mutation(() => CurriculumResult, { description: 'No new certifications for its product area; its records stay.' })
  @Allow(Role.VENDOR_ADMIN)
  archiveCurriculum(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.catalog.archiveCurriculum(ctx, id);
  }

  @Mutation(() => TrainingModuleResult)
  @Allow(Role.VENDOR_ADMIN)
  createTrainingModule(@Ctx() ctx: RequestContext, @Args('input') input: CreateTrainingModuleInput) {
    return this.catalog.createModule(ctx, input);
  }

  @Mutation(() => TrainingModuleResult)
  @Allow(Role.VENDOR_ADMIN)
  updateTrainingModule(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateTrainingModuleInput,
  ) {
    return this.catalog.updateModule(ctx, id, input);
  }

  @Mutation(() => TrainingModuleResult, { description: 'No longer shown or required; its records stay.' })
  @Allow(Role.VENDOR_ADMIN)
  archiveTrainingModule(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.catalog.archiveModule(ctx, id);
  }

  @ResolveField(() => [TrainingModule], { description: 'Its modules in order (batched).' })
  @Allow(...ANY_ROLE)
  modules(@Ctx() ctx: RequestContext, @Parent() curriculum: Curriculum, @Args() args: CatalogArgs) {
    return this.catalog.modulesOf(ctx, curriculum.productArea, args.includeArchived);
  }
}

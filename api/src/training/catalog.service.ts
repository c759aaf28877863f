import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { Curriculum } from './curriculum.entity';
import type {
  CreateCurriculumInput,
  CreateTrainingModuleInput,
  UpdateCurriculumInput,
  UpdateTrainingModuleInput,
} from './dto/catalog.input';
import { TrainingModule } from './training-module.entity';
import { CurriculumAlreadyExistsError, notFound } from './training.errors';
import type { NotFoundError } from '../common/errors/not-found.error';

/**
 * The training catalog: curricula (one per product area) and their modules, managed by the
 * vendor admin. Every signed-in user reads the same catalog, so it has no firm scope.
 */
@Injectable()
export class CatalogService {
  curricula(ctx: RequestContext, includeArchived = false): Promise<Curriculum[]> {
    return ctx.manager.getRepository(Curriculum).find({
      where: includeArchived ? {} : { active: true },
      order: { productArea: 'ASC' },
    });
  }

  /** The modules of a product area in their order (batched over the curricula of a page). */
  modulesOf(ctx: RequestContext, productArea: string, includeArchived = false): Promise<TrainingModule[]> {
    return ctx
      .loader<TrainingModule[]>(`trainingModule.byArea.${includeArchived}`, async (areas) => {
        const rows = await this.modules(ctx, { productAreas: [...areas], includeArchived });
        return areas.map((a) => rows.filter((m) => m.productArea === a));
      })
      .load(productArea) as Promise<TrainingModule[]>;
  }

  /** Modules in catalog order: product area, sort order, title. */
  modules(
    ctx: RequestContext,
    opts: { productAreas?: string[]; includeArchived?: boolean; requiredOnly?: boolean } = {},
  ): Promise<TrainingModule[]> {
    const qb = ctx.manager.getRepository(TrainingModule).createQueryBuilder('m');
    if (opts.productAreas) qb.andWhere('m.productArea IN (:...areas)', { areas: opts.productAreas });
    if (!opts.includeArchived) qb.andWhere('m.active = true');
    if (opts.requiredOnly) qb.andWhere('m.required = true');
    return qb.orderBy('m.productArea').addOrderBy('m.sortOrder').addOrderBy('m.title').addOrderBy('m.id').getMany();
  }

  getModule(ctx: RequestContext, id: string): Promise<TrainingModule | null> {
    return ctx
      .loader<TrainingModule>('trainingModule.byId', async (ids) => {
        const rows = await ctx.manager
          .getRepository(TrainingModule)
          .createQueryBuilder('m')
          .where('m.id IN (:...ids)', { ids })
          .getMany();
        const map = new Map(rows.map((m) => [m.id, m]));
        return ids.map((id) => map.get(id) ?? null);
      })
      .load(id);
  }

  curriculumOf(ctx: RequestContext, productArea: string): Promise<Curriculum | null> {
    return ctx.manager.getRepository(Curriculum).findOneBy({ productArea });
  }

  async createCurriculum(
    ctx: RequestContext,
    input: CreateCurriculumInput,
  ): Promise<Curriculum | CurriculumAlreadyExistsError> {
    const repo = ctx.manager.getRepository(Curriculum);
    if (await repo.existsBy({ productArea: input.productArea })) {
      return new CurriculumAlreadyExistsError(ctx, input.productArea);
    }
    let saved: Curriculum;
    try {
      saved = await repo.save(
        repo.create({
          productArea: input.productArea,
          name: input.name.trim(),
          description: input.description?.trim() || null,
        }),
      );
    } catch (e) {
      if (isUniqueViolation(e, 'curriculum_product_area_key')) {
        return new CurriculumAlreadyExistsError(ctx, input.productArea);
      }
      throw e;
    }
    ctx.audit({
      action: 'curriculum.create',
      entityType: 'Curriculum',
      entityId: saved.id,
      after: curriculumOf(saved),
    });
    return saved;
  }

  async updateCurriculum(
    ctx: RequestContext,
    id: string,
    input: UpdateCurriculumInput & { active?: boolean },
    action = 'curriculum.update',
  ): Promise<Curriculum | NotFoundError> {
    const repo = ctx.manager.getRepository(Curriculum);
    const curriculum = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!curriculum) return notFound(ctx, 'curriculum');
    const before = curriculumOf(curriculum);
    if (input.name !== undefined) curriculum.name = input.name.trim();
    if (input.description !== undefined) curriculum.description = input.description?.trim() || null;
    if (input.active !== undefined) curriculum.active = input.active;
    const saved = await repo.save(curriculum);
    ctx.audit({ action, entityType: 'Curriculum', entityId: id, before, after: curriculumOf(saved) });
    return saved;
  }

  archiveCurriculum(ctx: RequestContext, id: string): Promise<Curriculum | NotFoundError> {
    return this.updateCurriculum(ctx, id, { active: false }, 'curriculum.archive');
  }

  async createModule(ctx: RequestContext, input: CreateTrainingModuleInput): Promise<TrainingModule | NotFoundError> {
    if (!(await this.curriculumOf(ctx, input.productArea))) return notFound(ctx, 'curriculum');
    const repo = ctx.manager.getRepository(TrainingModule);
    const saved = await repo.save(
      repo.create({
        productArea: input.productArea,
        kind: input.kind,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        passCriteria: input.passCriteria.trim(),
        required: input.required ?? true,
        sortOrder: input.sortOrder ?? 0,
      }),
    );
    ctx.audit({
      action: 'trainingModule.create',
      entityType: 'TrainingModule',
      entityId: saved.id,
      after: moduleOf(saved),
    });
    return saved;
  }

  async updateModule(
    ctx: RequestContext,
    id: string,
    input: UpdateTrainingModuleInput,
    action = 'trainingModule.update',
  ): Promise<TrainingModule | NotFoundError> {
    const repo = ctx.manager.getRepository(TrainingModule);
    const module = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!module) return notFound(ctx, 'trainingModule');
    const before = moduleOf(module);
    for (const [key, value] of Object.entries(input) as [keyof UpdateTrainingModuleInput, unknown][]) {
      if (value === undefined) continue;
      const clean = typeof value === 'string' ? value.trim() : value;
      Object.assign(module, { [key]: clean === '' && key === 'description' ? null : clean });
    }
    const saved = await repo.save(module);
    ctx.audit({ action, entityType: 'TrainingModule', entityId: id, before, after: moduleOf(saved) });
    return saved;
  }

  archiveModule(ctx: RequestContext, id: string): Promise<TrainingModule | NotFoundError> {
    return this.updateModule(ctx, id, { active: false }, 'trainingModule.archive');
  }
}

function curriculumOf(c: Curriculum) {
  return { productArea: c.productArea, name: c.name, description: c.description, active: c.active };
}

function moduleOf(m: TrainingModule) {
  const { id: _id, createdAt: _c, updatedAt: _u, curriculum: _cur, ...rest } = m;
  return rest;
}

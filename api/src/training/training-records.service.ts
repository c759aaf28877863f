import { Injectable } from '@nestjs/common';
import { Role } from '@baton/shared';
import { scopedQuery } from '../common/access/scoped-query';
import type { RequestContext } from '../common/context/request-context';
import type { NotFoundError } from '../common/errors/not-found.error';
import { CatalogService } from './catalog.service';
import { ConsultantsService } from './consultants.service';
import type { ConfirmTrainingResultInput, RecordTrainingInput, TrainingMatrixArgs } from './dto/training-record.input';
import type { TrainingMatrix } from './training-views';
import { TrainingRecord, TrainingStatus } from './training-record.entity';
import { awaitsConfirmation, partnerRecordRefusal } from './training-rules';
import {
  ConsultantInactiveError,
  NotAwaitingConfirmationError,
  notFound,
  TrainingConfirmationRequiredError,
  TrainingResultConfirmedError,
} from './training.errors';

type RecordResult =
  | TrainingRecord
  | NotFoundError
  | ConsultantInactiveError
  | TrainingConfirmationRequiredError
  | TrainingResultConfirmedError;

/** Training progress: partners report it, vendor staff confirm role-play and OJT results. */
@Injectable()
export class TrainingRecordsService {
  constructor(
    private readonly consultants: ConsultantsService,
    private readonly catalog: CatalogService,
  ) {}

  /** Records of consultants the caller may see (a partner member: their own). */
  visible(ctx: RequestContext, alias = 'r') {
    const qb = scopedQuery(ctx, TrainingRecord, alias);
    if (ctx.role === Role.PARTNER_MEMBER) {
      qb.andWhere(`${alias}.consultantId IN (SELECT own.id FROM consultant own WHERE own.user_id = :selfUserId)`, {
        selfUserId: ctx.user!.id,
      });
    }
    return qb;
  }

  /** One record per consultant × module: created, or replaced by the partner's new report. */
  async record(ctx: RequestContext, input: RecordTrainingInput): Promise<RecordResult> {
    const consultant = await this.consultants.get(ctx, input.consultantId);
    if (!consultant) return notFound(ctx, 'consultant');
    if (!consultant.active) return new ConsultantInactiveError(ctx, consultant.displayName);
    const module = await this.catalog.getModule(ctx, input.moduleId);
    if (!module) return notFound(ctx, 'trainingModule');
    const current = await this.visible(ctx)
      .andWhere('r.consultantId = :cid AND r.moduleId = :mid', { cid: consultant.id, mid: module.id })
      .setLock('pessimistic_write')
      .getOne();
    const refusal = partnerRecordRefusal(module.kind, input.status, current);
    if (refusal === 'confirmationRequired') return new TrainingConfirmationRequiredError(ctx, module.kind);
    if (refusal === 'alreadyConfirmed') return new TrainingResultConfirmedError(ctx);
    const values = {
      partnerId: consultant.partnerId,
      consultantId: consultant.id,
      moduleId: module.id,
      status: input.status,
      date: input.date?.slice(0, 10) ?? null,
      score: input.score ?? null,
      note: input.note?.trim() || null,
      recordedByEmail: ctx.user?.email ?? null,
      // A new report replaces whatever vendor staff had confirmed before (a retried role-play).
      confirmedByEmail: null,
      confirmedAt: null,
    };
    const repo = ctx.manager.getRepository(TrainingRecord);
    await repo.upsert(values, { conflictPaths: ['consultantId', 'moduleId'], skipUpdateIfNoValuesChanged: false });
    const saved = await repo.findOneByOrFail({ consultantId: consultant.id, moduleId: module.id });
    ctx.audit({
      action: 'training.record',
      entityType: 'TrainingRecord',
      entityId: saved.id,
      before: current ? recordOf(current) : null,
      after: recordOf(saved),
    });
    return saved;
  }

  async confirm(
    ctx: RequestContext,
    input: ConfirmTrainingResultInput,
  ): Promise<TrainingRecord | NotFoundError | NotAwaitingConfirmationError> {
    const record = await this.visible(ctx)
      .andWhere('r.id = :id', { id: input.recordId })
      .setLock('pessimistic_write')
      .getOne();
    if (!record) return notFound(ctx, 'trainingRecord');
    const module = await this.catalog.getModule(ctx, record.moduleId);
    if (!module) return notFound(ctx, 'trainingModule');
    if (!awaitsConfirmation(module.kind, record.status)) {
      return new NotAwaitingConfirmationError(ctx, module.kind, record.status);
    }
    const before = recordOf(record);
    Object.assign(record, {
      status: input.passed ? TrainingStatus.PASSED : TrainingStatus.FAILED,
      confirmedByEmail: ctx.user?.email ?? null,
      confirmedAt: new Date(),
      note: input.note?.trim() || record.note,
    });
    const saved = await ctx.manager.getRepository(TrainingRecord).save(record);
    ctx.audit({
      action: 'training.confirm',
      entityType: 'TrainingRecord',
      entityId: saved.id,
      before,
      after: recordOf(saved),
    });
    return saved;
  }

  /**
   * Consultants × modules of one firm: the active modules, a page of the firm's active
   * consultants, and all their records — three reads whatever the page size.
   */
  async matrix(ctx: RequestContext, args: TrainingMatrixArgs): Promise<TrainingMatrix> {
    const modules = await this.catalog.modules(ctx, args.productArea ? { productAreas: [args.productArea] } : {});
    const [consultants, totalConsultants] = await this.consultants
      .visible(ctx)
      .andWhere('c.partnerId = :partnerId AND c.active = true', { partnerId: args.partnerId })
      .orderBy('c.displayName', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip(args.skip)
      .take(args.take)
      .getManyAndCount();
    const records = consultants.length
      ? await this.visible(ctx)
          .andWhere('r.consultantId IN (:...ids)', { ids: consultants.map((c) => c.id) })
          .getMany()
      : [];
    const byCell = new Map(records.map((r) => [`${r.consultantId}:${r.moduleId}`, r]));
    return {
      partnerId: args.partnerId,
      modules,
      totalConsultants,
      rows: consultants.map((consultant) => ({
        consultant,
        cells: modules.map((m) => {
          const record = byCell.get(`${consultant.id}:${m.id}`) ?? null;
          return {
            moduleId: m.id,
            status: record?.status ?? TrainingStatus.NOT_STARTED,
            awaitingConfirmation: record ? awaitsConfirmation(m.kind, record.status) : false,
            record,
          };
        }),
      })),
    };
  }

  /** The records of a page of consultants, batched (`Consultant.trainingRecords`). */
  recordsOf(ctx: RequestContext, consultantId: string): Promise<TrainingRecord[]> {
    return ctx
      .loader<TrainingRecord[]>('trainingRecord.byConsultant', async (ids) => {
        const rows = await this.visible(ctx).andWhere('r.consultantId IN (:...ids)', { ids }).getMany();
        return ids.map((id) => rows.filter((r) => r.consultantId === id));
      })
      .load(consultantId) as Promise<TrainingRecord[]>;
  }
}

function recordOf(r: TrainingRecord) {
  const { createdAt: _c, updatedAt: _u, id: _id, partnerRef: _p, consultantRef: _cr, moduleRef: _m, ...rest } = r;
  return rest;
}

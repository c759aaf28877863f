import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { CatalogService } from './catalog.service';
import { ConsultantsService } from './consultants.service';
import { TrainingModule } from './training-module.entity';
import { TrainingRecord, TrainingStatus } from './training-record.entity';
import type { TrainingOverview } from './training-views';

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Program-wide training completion for vendor staff and auditors: counted by PostgreSQL, not in memory. */
@Injectable()
export class TrainingOverviewService {
  constructor(
    private readonly consultants: ConsultantsService,
    private readonly catalog: CatalogService,
  ) {}

  async overview(ctx: RequestContext, productArea?: string): Promise<TrainingOverview> {
    const modules = await this.catalog.modules(ctx, productArea ? { productAreas: [productArea] } : {});
    const area = productArea ? ' AND m.productArea = :area' : '';
    const params = { area: productArea, passed: TrainingStatus.PASSED };

    // Per module: active consultants with a PASSED record on it.
    const perModule: { moduleId: string; passed: number }[] = await this.consultants
      .visible(ctx)
      .innerJoin(TrainingRecord, 'r', 'r.consultantId = c.id AND r.status = :passed', params)
      .innerJoin(TrainingModule, 'm', `m.id = r.moduleId AND m.active = true${area}`, params)
      .andWhere('c.active = true')
      .select('m.id', 'moduleId')
      .addSelect('count(DISTINCT c.id)::int', 'passed')
      .groupBy('m.id')
      .getRawMany();

    // Per firm: per consultant the required modules passed, then summed per firm.
    const perConsultant = this.consultants
      .visible(ctx)
      .leftJoin(TrainingRecord, 'r', 'r.consultantId = c.id AND r.status = :passed', params)
      .leftJoin(TrainingModule, 'm', `m.id = r.moduleId AND m.active = true AND m.required = true${area}`, params)
      .andWhere('c.active = true')
      .select('c.partnerId', 'partner_id')
      .addSelect('count(m.id)', 'passed_required')
      .groupBy('c.partnerId')
      .addGroupBy('c.id');
    const required = modules.filter((m) => m.required).length;
    const perPartner: { partnerId: string; consultants: number; fullyTrained: number; passedRequired: number }[] =
      await ctx.manager
        .createQueryBuilder()
        .select('t.partner_id', 'partnerId')
        .addSelect('count(*)::int', 'consultants')
        .addSelect('(count(*) FILTER (WHERE t.passed_required >= :required))::int', 'fullyTrained')
        .addSelect('coalesce(sum(t.passed_required), 0)::int', 'passedRequired')
        .from(`(${perConsultant.getQuery()})`, 't')
        .setParameters({ ...perConsultant.getParameters(), required })
        .groupBy('t.partner_id')
        .orderBy('t.partner_id')
        .getRawMany();

    const activeConsultants = perPartner.reduce((n, p) => n + p.consultants, 0);
    const passedBy = new Map(perModule.map((r) => [r.moduleId, r.passed]));
    return {
      activeConsultants,
      requiredModules: required,
      byModule: modules.map((module) => {
        const passed = passedBy.get(module.id) ?? 0;
        return { module, passedConsultants: passed, activeConsultants, rate: ratio(passed, activeConsultants) };
      }),
      byPartner: perPartner.map((p) => ({
        partnerId: p.partnerId,
        activeConsultants: p.consultants,
        fullyTrainedConsultants: p.fullyTrained,
        passedRequired: p.passedRequired,
        rate: ratio(p.passedRequired, p.consultants * required),
      })),
    };
  }
}

import { Module } from '@nestjs/common';
import { KpiResolver } from './kpi.resolver';
import { KpiService } from './kpi.service';

/** KPIs and dashboards: a read model over the program's rows (writes nothing). */
@Module({ providers: [KpiService, KpiResolver], exports: [KpiService] })
export class KpiModule {}

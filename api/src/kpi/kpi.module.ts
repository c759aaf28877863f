import { Module } from '@nestjs/common';
import { KpiResolver } from './kpi.resolver';
import { KpiService } from './kpi.service';
import { KpiRollupScheduler } from './rollup/kpi-rollup.scheduler';
import { KpiRollupService } from './rollup/kpi-rollup.service';

/** KPIs and dashboards: a read model over the program's rows; it writes only its own roll-ups. */
@Module({ providers: [KpiService, KpiResolver, KpiRollupService, KpiRollupScheduler], exports: [KpiService] })
export class KpiModule {}

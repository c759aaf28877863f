import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccessLog } from './access-log';
import { observabilityPlugin } from './observability.plugin';
import type { ObservedContext } from './operation-record';
import { type PoolStats, RequestMetrics } from './request-metrics';

/**
 * The access log (BATON_REQUEST_LOG) and the metrics (BATON_METRICS_TOKEN), each present only when
 * switched on: when both are off, no plugin runs and a request pays nothing for them.
 */
@Injectable()
export class Observability implements OnApplicationShutdown {
  readonly accessLog: AccessLog | null;
  readonly metrics: RequestMetrics | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig, dataSource: DataSource) {
    this.accessLog = config.requestLog ? new AccessLog(config.requestLogTo) : null;
    const pool = (dataSource.driver as unknown as { master?: PoolStats }).master ?? null;
    this.metrics = config.metricsToken ? new RequestMetrics(pool) : null;
  }

  get enabled(): boolean {
    return this.accessLog !== null || this.metrics !== null;
  }

  plugin(): ApolloServerPlugin<ObservedContext> | null {
    const { accessLog, metrics } = this;
    if (!accessLog && !metrics) return null;
    return observabilityPlugin((record) => {
      accessLog?.write(record);
      metrics?.observe(record);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.accessLog?.flush();
  }
}

import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { MetricsController } from './metrics.controller';
import { stampArrival } from './observability.plugin';
import { Observability } from './observability.service';

/** Access log and Prometheus metrics; the GraphQL options take `Observability.plugin()`. */
@Module({})
export class ObservabilityModule implements NestModule {
  constructor(private readonly observability: Observability) {}

  static forRoot(config: Pick<AppConfig, 'metricsToken'>): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: config.metricsToken ? [MetricsController] : [],
      providers: [Observability],
      exports: [Observability],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    if (this.observability.enabled) consumer.apply(stampArrival).forRoutes('graphql');
  }
}

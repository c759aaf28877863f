import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnnouncementsModule } from './announcements/announcements.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { ApplicationsModule } from './applications/applications.module';
import { AuditModule } from './audit/audit.module';
import { CapacityModule } from './capacity/capacity.module';
import { AccessGuard } from './common/access/access.guard';
import { ClockModule } from './common/clock';
import { ConfigModule } from './common/config.module';
import { KnowledgeModule } from './knowledge/knowledge.module';
import { MeetingsModule } from './meetings/meetings.module';
import { KpiModule } from './kpi/kpi.module';
import { StatementsModule } from './statements/statements.module';
import { TiersModule } from './tiers/tiers.module';
import { OnboardingModule } from './onboarding/onboarding.module';
import { CustomersModule } from './customers/customers.module';
import { TransactionInterceptor } from './common/context/transaction.interceptor';
import { FaultFilter } from './common/errors/fault.filter';
import { createValidationPipe } from './common/errors/input-validation';
import type { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { QueryCounter } from './database/query-counter';
import { graphqlOptions } from './graphql/graphql-options';
import { ResolverCounter } from './graphql/resolver-counter';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { ObservabilityModule } from './observability/observability.module';
import { Observability } from './observability/observability.service';
import { SessionService } from './identity/session.service';
import { PartnersModule } from './partners/partners.module';
import { TrainingContextModule } from './training/training.module';
import { IntegrationKeysService } from './usage/integration-keys.service';
import { UsageModule } from './usage/usage.module';

@Module({})
export class AppModule {
  /** `databaseUrl` is resolved before (embedded or `DATABASE_URL`). */
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    const counter = new ResolverCounter();
    const queries = new QueryCounter();
    const database = dataSourceOptions(config.databaseUrl);
    const observability = ObservabilityModule.forRoot(config);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        TypeOrmModule.forRoot(
          config.countQueries ? { ...database, logging: ['query'], logger: queries.logger() } : database,
        ),
        AuditModule,
        PartnersModule,
        IdentityModule,
        ApplicationsModule,
        TrainingContextModule,
        AnnouncementsModule,
        CapacityModule,
        CustomersModule,
        AssignmentsModule,
        OnboardingModule,
        MeetingsModule,
        KnowledgeModule,
        UsageModule,
        KpiModule,
        TiersModule,
        StatementsModule,
        observability,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule, UsageModule, observability],
          inject: [SessionService, DataSource, IntegrationKeysService, Observability],
          useFactory: (
            sessions: SessionService,
            dataSource: DataSource,
            keys: IntegrationKeysService,
            observed: Observability,
          ) =>
            graphqlOptions(config, sessions, dataSource, counter, (secret) => keys.resolve(secret), observed.plugin()),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: ResolverCounter, useValue: counter },
        { provide: QueryCounter, useValue: queries },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
        { provide: APP_FILTER, useClass: FaultFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}

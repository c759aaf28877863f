import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { PartnersModule } from '../partners/partners.module';
import { ActivationSettingsService } from './activation-settings.service';
import { ActivationService } from './activation.service';
import { IntegrationKeysResolver } from './integration-keys.resolver';
import { IntegrationKeysService } from './integration-keys.service';
import { ProjectUsageResolver } from './project-usage.resolver';
import { UsageImportService } from './usage-import.service';
import { UsageReportService } from './usage-report.service';
import { UsageSnapshotsService } from './usage-snapshots.service';
import { UsageResolver } from './usage.resolver';

@Module({
  imports: [CustomersModule, OnboardingModule, PartnersModule],
  providers: [
    ActivationSettingsService,
    ActivationService,
    IntegrationKeysService,
    UsageImportService,
    UsageReportService,
    UsageSnapshotsService,
    UsageResolver,
    IntegrationKeysResolver,
    ProjectUsageResolver,
  ],
  exports: [IntegrationKeysService, ActivationService, ActivationSettingsService],
})
export class UsageModule {}

import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { PartnersModule } from '../partners/partners.module';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { CertificationsResolver } from './certifications.resolver';
import { CertificationsService } from './certifications.service';
import { ConsultantsResolver, PartnerConsultantsResolver } from './consultants.resolver';
import { ConsultantsService } from './consultants.service';
import { TrainingOverviewService } from './training-overview.service';
import { PartnerTrainingCompletionResolver, TrainingRecordsResolver } from './training-records.resolver';
import { TrainingRecordsService } from './training-records.service';

/**
 * Consultants, training and skill certification. (Named `…ContextModule` because
 * `TrainingModule` is the ubiquitous name of a training unit.) Other contexts use
 * `CertificationsService.isCertified` / `markNeedsRenewal` and `ConsultantsService`.
 */
@Module({
  imports: [IdentityModule, PartnersModule],
  providers: [
    ConsultantsService,
    CatalogService,
    TrainingRecordsService,
    TrainingOverviewService,
    CertificationsService,
    ConsultantsResolver,
    PartnerConsultantsResolver,
    CatalogResolver,
    TrainingRecordsResolver,
    PartnerTrainingCompletionResolver,
    CertificationsResolver,
  ],
  exports: [ConsultantsService, CertificationsService],
})
export class TrainingContextModule {}

import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { PartnersModule } from '../partners/partners.module';
import { ApplicationIntakeService } from './application-intake.service';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationsResolver, PartnerApplicationFieldResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [PartnersModule, IdentityModule],
  providers: [
    ApplicationIntakeService,
    ApplicationsService,
    ApplicationReviewService,
    ApplicationsResolver,
    PartnerApplicationFieldResolver,
  ],
})
export class ApplicationsModule {}

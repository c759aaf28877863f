import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { ReviewCyclesResolver } from './review-cycles.resolver';
import { ReviewCyclesService } from './review-cycles.service';
import { TierDefinitionsResolver } from './tier-definitions.resolver';
import { TierDefinitionsService } from './tier-definitions.service';
import { TierHistoryService } from './tier-history.service';
import { TierStandingService } from './tier-standing.service';
import { TiersResolver } from './tiers.resolver';
import { TiersService } from './tiers.service';

/** Certification tiers: versioned definitions, evidence, review cycles, reviews by auditors, the tier history. */
@Module({
  imports: [PartnersModule],
  providers: [
    TierHistoryService,
    TierDefinitionsService,
    TiersService,
    ReviewCyclesService,
    TierStandingService,
    TiersResolver,
    TierDefinitionsResolver,
    ReviewCyclesResolver,
  ],
  exports: [TierHistoryService, TiersService],
})
export class TiersModule {}

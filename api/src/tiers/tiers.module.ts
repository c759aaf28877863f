import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { TierHistoryService } from './tier-history.service';
import { TiersResolver } from './tiers.resolver';
import { TiersService } from './tiers.service';

/** Certification tiers: versioned definitions, evidence, reviews by auditors, the tier history. */
@Module({
  imports: [PartnersModule],
  providers: [TierHistoryService, TiersService, TiersResolver],
  exports: [TierHistoryService, TiersService],
})
export class TiersModule {}

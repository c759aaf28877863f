import { Module } from '@nestjs/common';
import { TierHistoryService } from './tier-history.service';

/** Certification tiers: versioned definitions, evidence, reviews by auditors, the tier history. */
@Module({ providers: [TierHistoryService], exports: [TierHistoryService] })
export class TiersModule {}

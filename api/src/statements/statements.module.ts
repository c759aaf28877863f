import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { TiersModule } from '../tiers/tiers.module';
import { StatementsResolver } from './statements.resolver';
import { StatementsService } from './statements.service';

/** Monthly partner statements priced by the tier in effect on each completion day. */
@Module({
  imports: [PartnersModule, TiersModule],
  providers: [StatementsService, StatementsResolver],
})
export class StatementsModule {}

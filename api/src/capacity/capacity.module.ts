import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { CapacityOfferChangeResolver, CapacityResolver, PartnerCapacityResolver } from './capacity.resolver';
import { CapacityService } from './capacity.service';

@Module({
  imports: [PartnersModule],
  providers: [CapacityService, CapacityResolver, PartnerCapacityResolver, CapacityOfferChangeResolver],
  exports: [CapacityService],
})
export class CapacityModule {}

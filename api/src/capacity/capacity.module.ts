import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { PartnersModule } from '../partners/partners.module';
import { CapacityOfferChangeResolver, CapacityResolver, PartnerCapacityResolver } from './capacity.resolver';
import { CapacityService } from './capacity.service';
import { CapacityCalendarService } from './capacity-calendar.service';

@Module({
  imports: [PartnersModule, CustomersModule],
  providers: [
    CapacityService,
    CapacityCalendarService,
    CapacityResolver,
    PartnerCapacityResolver,
    CapacityOfferChangeResolver,
  ],
  exports: [CapacityService],
})
export class CapacityModule {}

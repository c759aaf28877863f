import { Module } from '@nestjs/common';
import { PartnersResolver } from './partners.resolver';
import { PartnerAdminService } from './partner-admin.service';
import { PartnersService } from './partners.service';

@Module({
  providers: [PartnersService, PartnerAdminService, PartnersResolver],
  exports: [PartnersService, PartnerAdminService],
})
export class PartnersModule {}

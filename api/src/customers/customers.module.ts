import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { CustomerImportService } from './customer-import.service';
import { CustomersResolver } from './customers.resolver';
import { CustomersService } from './customers.service';

@Module({
  imports: [PartnersModule],
  providers: [CustomersService, CustomerImportService, CustomersResolver],
  exports: [CustomersService],
})
export class CustomersModule {}

import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { CustomerAccount } from './customer-account.entity';
import { CustomerImportService } from './customer-import.service';
import { CustomerImportInvalidError, ExternalIdTakenError } from './customers.errors';
import { CustomersService } from './customers.service';
import { CustomerInput } from './dto/customer.input';
import { CustomerImportSummary } from './dto/customer-import-summary';
import { CustomerListArgs, CustomerQueryArgs } from './dto/customer-list.args';
import { ImportCustomersInput } from './dto/import-customers.input';

@ObjectType()
class CustomerAccountList extends Paginated(CustomerAccount, 'CustomerAccount') {}

@ObjectType()
class CustomerImportIssue {
  @Field(() => Int, { description: 'Line of the file; the header is row 1.' }) row: number;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field() message: string;
}

@ObjectType()
class CustomerImportRow {
  @Field(() => Int) row: number;
  @Field() externalId: string;
  @Field() companyName: string;
  @Field() industry: string;
  @Field() employeeBand: string;
  @Field() prefecture: string;
  @Field(() => [String]) products: string[];
  @Field() contractDate: string;
  @Field() segment: string;
}

@ObjectType()
class CustomerImportPreview {
  @Field(() => Int) totalRows: number;
  @Field(() => Int) validRows: number;
  @Field(() => Int, { description: 'Valid rows with a CRM id not yet known.' }) toCreate: number;
  @Field(() => Int, { description: 'Valid rows whose CRM id exists: they update that customer.' }) toUpdate: number;
  @Field(() => [CustomerImportIssue]) issues: CustomerImportIssue[];
  @Field(() => [CustomerImportRow], { description: 'The first valid rows.' }) sample: CustomerImportRow[];
}

const CustomerResult = resultUnion(
  'CustomerResult',
  () => [CustomerAccount, NotFoundError, ExternalIdTakenError] as const,
);
const ImportCustomersResult = resultUnion(
  'ImportCustomersResult',
  () => [CustomerImportSummary, CustomerImportInvalidError] as const,
);

@Resolver(() => CustomerAccount)
export class CustomersResolver {
  constructor(
    private readonly service: CustomersService,
    private readonly imports: CustomerImportService,
    private readonly partners: PartnersService,
  ) {}

  @Query(() => CustomerAccountList, {
    description: 'Customer accounts, filtered and sorted (`assigned: false` is the queue); a partner admin: its own.',
  })
  @Allow(...PROGRAM_READERS, Role.PARTNER_ADMIN)
  customers(@Ctx() ctx: RequestContext, @Args() args: CustomerListArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => String, { description: 'The filtered customers as CSV (at most 10,000 rows).' })
  @Allow(...PROGRAM_READERS)
  customersCsv(@Ctx() ctx: RequestContext, @Args() args: CustomerQueryArgs) {
    return this.service.csv(ctx, args);
  }

  @Query(() => CustomerAccount, { nullable: true })
  @Allow(...PROGRAM_READERS, Role.PARTNER_ADMIN)
  customer(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(ctx, id);
  }

  @Query(() => CustomerImportPreview, { description: 'Checks a customer CSV and writes nothing.' })
  @Allow(...VENDOR)
  customerImportPreview(@Ctx() ctx: RequestContext, @Args('input') input: ImportCustomersInput) {
    return this.imports.preview(ctx, input.csv);
  }

  @Mutation(() => ImportCustomersResult, {
    description: 'Imports the whole file in one transaction (upsert by CRM id), or nothing when a row is invalid.',
  })
  @Allow(...VENDOR)
  importCustomers(@Ctx() ctx: RequestContext, @Args('input') input: ImportCustomersInput) {
    return this.imports.import(ctx, input.csv);
  }

  @Mutation(() => CustomerResult)
  @Allow(...VENDOR)
  createCustomer(@Ctx() ctx: RequestContext, @Args('input') input: CustomerInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => CustomerResult)
  @Allow(...VENDOR)
  updateCustomer(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: CustomerInput,
  ) {
    return this.service.update(ctx, id, input);
  }

  @ResolveField(() => Partner, { nullable: true, description: 'The firm holding the customer (batched).' })
  @Allow(...PROGRAM_READERS, Role.PARTNER_ADMIN)
  partner(@Ctx() ctx: RequestContext, @Parent() customer: CustomerAccount) {
    return customer.partnerId ? this.partners.get(ctx, customer.partnerId) : null;
  }
}

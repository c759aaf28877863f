import {
  Args,
  ArgsType,
  Field,
  IntersectionType,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { Role } from '@baton/shared';
import { Allow } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { Paginated } from '../common/paginated';
import { PageArgs } from '../common/pagination';
import { AuditLogEntry } from './audit-log-entry.entity';
import { AuditChainVerification, verifyAuditChain } from './audit-chain';
import { AuditService } from './audit.service';
import { AuditLogFilter } from './dto/audit-log-filter.input';

@ObjectType()
class AuditLogList extends Paginated(AuditLogEntry, 'AuditLog') {}

@ArgsType()
class AuditLogFilterArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}

@ArgsType()
class AuditLogArgs extends IntersectionType(PageArgs, AuditLogFilterArgs, ArgsType) {}

const AUDIT_READERS = [Role.VENDOR_ADMIN, Role.AUDITOR];

@Resolver(() => AuditLogEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditLogList, { description: 'The audit log, newest first.' })
  @Allow(...AUDIT_READERS)
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs) {
    return this.audit.list(ctx, args.filter, args.skip, args.take);
  }

  @Query(() => String, { description: 'The filtered audit log as CSV (at most 10,000 rows).' })
  @Allow(...AUDIT_READERS)
  auditLogCsv(@Ctx() ctx: RequestContext, @Args() args: AuditLogFilterArgs) {
    return this.audit.csv(ctx, args.filter);
  }

  @Query(() => AuditChainVerification, { description: 'Recomputes the hash chain and reports the first broken link.' })
  @Allow(...AUDIT_READERS)
  auditChainVerification(@Ctx() ctx: RequestContext) {
    return verifyAuditChain(ctx.manager);
  }

  @ResolveField(() => String, { nullable: true, description: 'The record before the change, as JSON.' })
  @Allow(...AUDIT_READERS)
  before(@Parent() e: AuditLogEntry) {
    return e.before == null ? null : JSON.stringify(e.before);
  }

  @ResolveField(() => String, { nullable: true, description: 'The record after the change, as JSON.' })
  @Allow(...AUDIT_READERS)
  after(@Parent() e: AuditLogEntry) {
    return e.after == null ? null : JSON.stringify(e.after);
  }
}

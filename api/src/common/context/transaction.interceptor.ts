import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { getNamedType, type GraphQLResolveInfo, isUnionType } from 'graphql';
import { DataSource } from 'typeorm';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { AuditService } from '../../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { type Access, ALLOW_KEY, PUBLIC } from '../access/allow.decorator';
import { enterFirmScope, serializeQueries } from '../access/firm-scope';
import { isErrorResult } from '../errors/error-result';
import type { GraphQLContext } from './ctx.decorator';

/**
 * The answer is shaped after the commit; a result union that cannot resolve would then report a
 * failure for a change that was saved. Checked before committing instead.
 */
async function assertResolvable(result: unknown, context: GraphQLContext, info: GraphQLResolveInfo) {
  const type = getNamedType(info.returnType);
  if (!isUnionType(type) || !type.resolveType) return;
  if (!(await type.resolveType(result, context, info, type))) {
    throw new Error(`${type.name}: the result resolves to none of its member types`);
  }
}

/**
 * Runs every GraphQL mutation in one transaction. It commits only when the resolver returned a
 * success, and then with exactly one audit entry; a thrown fault or a typed business error
 * rolls everything back, audit entry included. (One exception, declared by the service: a
 * failed sign-in commits its attempt and its audit entry.)
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo().parentType.name !== 'Mutation') return next.handle();
    // A public mutation (sign-in, an invitation or survey link) acts for no firm, whoever calls it.
    const access = this.reflector.get<Access[] | undefined>(ALLOW_KEY, context.getHandler());
    const firmScoped = this.config.rowLevelSecurity && !access?.includes(PUBLIC);
    return from(
      this.inTransaction(gql.getContext<GraphQLContext>(), gql.getInfo<GraphQLResolveInfo>(), next, firmScoped),
    );
  }

  private async inTransaction(
    gqlContext: GraphQLContext,
    info: GraphQLResolveInfo,
    next: CallHandler,
    firmScoped: boolean,
  ): Promise<unknown> {
    const ctx = gqlContext.ctx;
    ctx.startMutation();
    const outer = ctx.manager;
    const runner = this.dataSource.createQueryRunner();
    serializeQueries(runner);
    await runner.connect();
    await runner.startTransaction();
    ctx.manager = runner.manager;
    try {
      if (firmScoped && ctx.partnerId) await enterFirmScope(runner.manager, ctx.partnerId);
      const result = await lastValueFrom(next.handle());
      const records = ctx.takeAuditRecords();
      if (ctx.discardsWrites || (isErrorResult(result) && !ctx.commitsDespiteErrorResult)) {
        await runner.rollbackTransaction();
        return result;
      }
      await assertResolvable(result, gqlContext, info);
      if (records.length !== 1) {
        throw new Error(`a committed mutation must leave exactly one audit record, got ${records.length}`);
      }
      await this.audit.write(ctx, records[0]);
      await runner.commitTransaction();
      return result;
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      ctx.takeAuditRecords();
      throw e;
    } finally {
      ctx.manager = outer;
      await runner.release();
    }
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { StatementArgs, UpdateStatementSettingsInput } from './dto/statement.inputs';
import { StatementSettings } from './statement-settings.entity';
import { PartnerStatement } from './statement.types';
import { StatementsService } from './statements.service';

@Resolver()
export class StatementsResolver {
  constructor(private readonly statements: StatementsService) {}

  @Query(() => [PartnerStatement], {
    description: 'Monthly statements: vendor staff and auditors every firm’s, a partner admin its own.',
  })
  @Allow(...PROGRAM_READERS, Role.PARTNER_ADMIN)
  partnerStatements(@Ctx() ctx: RequestContext, @Args() args: StatementArgs) {
    return this.statements.statements(ctx, args);
  }

  @Query(() => StatementSettings)
  @Allow(...VENDOR, Role.AUDITOR)
  statementSettings(@Ctx() ctx: RequestContext) {
    return this.statements.settings(ctx);
  }

  @Mutation(() => StatementSettings, { description: 'The base fee of every statement from now on.' })
  @Allow(Role.VENDOR_ADMIN)
  updateStatementSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateStatementSettingsInput) {
    return this.statements.updateSettings(ctx, input);
  }
}

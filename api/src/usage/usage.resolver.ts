import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { ANY_ROLE, Allow, INTEGRATION, PROGRAM_READERS, SIGNED_IN, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { ActivationSettings } from './activation-settings.entity';
import { ActivationSettingsService } from './activation-settings.service';
import { ActivationService } from './activation.service';
import {
  ActivationOutreachArgs,
  ImportUsageInput,
  ReportUsageInput,
  UpdateActivationSettingsInput,
} from './dto/usage.inputs';
import { OutreachItem, UsageImportPreview, UsageMetric, UsageWriteSummary } from './dto/usage.types';
import { UsageImportService } from './usage-import.service';
import { UsageReportService } from './usage-report.service';
import { UsageSnapshot } from './usage-snapshot.entity';
import { UsageImportInvalidError, UsageReportInvalidError } from './usage.errors';

const ImportUsageResult = resultUnion('ImportUsageResult', () => [UsageWriteSummary, UsageImportInvalidError] as const);
const ReportUsageResult = resultUnion('ReportUsageResult', () => [UsageWriteSummary, UsageReportInvalidError] as const);

@Resolver(() => UsageSnapshot)
export class UsageResolver {
  constructor(
    private readonly reports: UsageReportService,
    private readonly imports: UsageImportService,
    private readonly settings: ActivationSettingsService,
    private readonly activation: ActivationService,
  ) {}

  @Mutation(() => ReportUsageResult, {
    description:
      'The vendor product reports utilization, with an integration API key only (`Authorization: Bearer <key>`). ' +
      'Upsert by (customer, day); every report is saved, or none.',
  })
  @Allow(INTEGRATION)
  reportUsage(@Ctx() ctx: RequestContext, @Args('input') input: ReportUsageInput) {
    return this.reports.report(ctx, input);
  }

  @Query(() => UsageImportPreview, { description: 'Checks a usage CSV and writes nothing.' })
  @Allow(...VENDOR)
  usageImportPreview(@Ctx() ctx: RequestContext, @Args('input') input: ImportUsageInput) {
    return this.imports.preview(ctx, input.csv);
  }

  @Mutation(() => ImportUsageResult, {
    description: 'Imports the whole usage file in one transaction (upsert by customer and day), or nothing.',
  })
  @Allow(...VENDOR)
  importUsage(@Ctx() ctx: RequestContext, @Args('input') input: ImportUsageInput) {
    return this.imports.import(ctx, input.csv);
  }

  @Query(() => ActivationSettings, { description: 'The activation threshold and window.' })
  @Allow(SIGNED_IN)
  activationSettings(@Ctx() ctx: RequestContext) {
    return this.settings.get(ctx);
  }

  @Mutation(() => ActivationSettings)
  @Allow(Role.VENDOR_ADMIN)
  updateActivationSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateActivationSettingsInput) {
    return this.settings.update(ctx, input);
  }

  @Query(() => [OutreachItem], {
    description: 'Projects whose customer is below the activation threshold at day 30 or 60 (pending only).',
  })
  @Allow(...PROGRAM_READERS)
  activationOutreach(@Ctx() ctx: RequestContext, @Args() args: ActivationOutreachArgs) {
    return this.activation.outreach(ctx, args);
  }

  @ResolveField(() => [UsageMetric], { description: 'Named metrics besides the utilization score.' })
  @Allow(...ANY_ROLE)
  metrics(@Parent() snapshot: UsageSnapshot): UsageMetric[] {
    return Object.entries(snapshot.metrics ?? {}).map(([name, value]) => ({ name, value }));
  }
}

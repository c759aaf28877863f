import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ActivationOutcome, OutreachFlag, UsageTrend } from '@baton/shared';
import { IntegrationKey } from '../integration-key.entity';

export const ActivationOutcomeEnum = {
  ACTIVATED: 'ACTIVATED',
  NOT_ACTIVATED: 'NOT_ACTIVATED',
  PENDING: 'PENDING',
} as const;
registerEnumType(ActivationOutcomeEnum, { name: 'ActivationOutcome' });
export const OutreachFlagEnum = { DAY_30: 'DAY_30', DAY_60: 'DAY_60' } as const;
registerEnumType(OutreachFlagEnum, {
  name: 'OutreachFlag',
  description: 'Below the activation threshold on day 30 / day 60 of the project.',
});
export const UsageTrendEnum = { UP: 'UP', FLAT: 'FLAT', DOWN: 'DOWN' } as const;
registerEnumType(UsageTrendEnum, { name: 'UsageTrend' });

@ObjectType()
export class UsageMetric {
  @Field() name: string;
  @Field(() => Float) value: number;
}

@ObjectType({
  description: 'Where a project stands against "activation within X days" (libs/shared `activationOutcome`).',
})
export class ProjectActivation {
  @Field(() => ActivationOutcomeEnum) outcome: ActivationOutcome;
  @Field(() => String, { nullable: true, description: 'First day at or above the threshold, even after the window.' })
  activatedOn: string | null;
  @Field(() => Int, { nullable: true, description: 'activatedOn as a project day (day 1 is the start).' })
  day: number | null;
  @Field(() => Int, { description: 'Today as a project day.' }) currentDay: number;
  @Field(() => Int) threshold: number;
  @Field(() => Int) windowDays: number;
  @Field({ description: 'The window’s last day: start + windowDays − 1.' }) deadline: string;
  @Field(() => OutreachFlagEnum, { nullable: true }) flag: OutreachFlag | null;
}

@ObjectType()
export class UsageWeekPoint {
  @Field({ description: 'The Monday of the week.' }) weekStart: string;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Int) reports: number;
}

@ObjectType({ description: 'Health markers of a customer’s utilization (libs/shared `usageMarkers`).' })
export class UsageMarkersView {
  @Field(() => Int, { nullable: true }) level: number | null;
  @Field(() => String, { nullable: true }) levelOn: string | null;
  @Field(() => Float, { nullable: true, description: 'Points per week over the last 6 weeks.' })
  trendPerWeek: number | null;
  @Field(() => UsageTrendEnum, { nullable: true }) trend: UsageTrend | null;
  @Field(() => Float, { nullable: true, description: 'Weeks with a report ÷ weeks (last 8).' })
  reportingShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Coefficient of variation of the weekly means (last 8).' })
  variation: number | null;
  @Field(() => Boolean, { nullable: true }) regular: boolean | null;
  @Field({ description: 'Latest week ≥ 30 % below the mean of the 3 weeks before it.' }) alarm: boolean;
  @Field(() => Float, { nullable: true }) drop: number | null;
}

@ObjectType()
export class ProjectUsage {
  @Field(() => [UsageWeekPoint]) weeks: UsageWeekPoint[];
  @Field(() => UsageMarkersView) markers: UsageMarkersView;
}

@ObjectType({ description: 'A project whose customer is below the activation threshold at day 30 or 60.' })
export class OutreachItem {
  @Field(() => ID) projectId: string;
  @Field(() => ID) customerId: string;
  @Field() customerName: string;
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field() startDate: string;
  @Field(() => Int, { description: 'Today as a project day.' }) day: number;
  @Field(() => OutreachFlagEnum) flag: OutreachFlag;
  @Field(() => Int, { nullable: true }) latestUtilization: number | null;
  @Field(() => String, { nullable: true }) latestOn: string | null;
}

@ObjectType()
export class UsageImportIssue {
  @Field(() => Int, { description: 'Line of the file; the header is row 1.' }) row: number;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field() message: string;
}

@ObjectType()
export class UsageImportRow {
  @Field(() => Int) row: number;
  @Field() externalId: string;
  @Field() takenOn: string;
  @Field(() => Int) utilization: number;
  @Field(() => [UsageMetric]) metrics: UsageMetric[];
}

@ObjectType()
export class UsageImportPreview {
  @Field(() => Int) totalRows: number;
  @Field(() => Int) validRows: number;
  @Field(() => Int, { description: 'Valid rows for a day not yet reported.' }) toCreate: number;
  @Field(() => Int, { description: 'Valid rows replacing a day already reported.' }) toUpdate: number;
  @Field(() => [UsageImportIssue]) issues: UsageImportIssue[];
  @Field(() => [UsageImportRow], { description: 'The first valid rows.' }) sample: UsageImportRow[];
}

/** What a committed import or report did. */
@ObjectType()
export class UsageWriteSummary {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;

  constructor(created: number, updated: number) {
    this.created = created;
    this.updated = updated;
  }
}

@ObjectType({ description: 'A new key: the secret is shown this once and never stored.' })
export class CreatedIntegrationKey {
  @Field(() => IntegrationKey) key: IntegrationKey;
  @Field() secret: string;

  constructor(key: IntegrationKey, secret: string) {
    this.key = key;
    this.secret = secret;
  }
}

import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { OUTREACH_FLAGS, type OutreachFlag } from '@baton/shared';
import { OutreachFlagEnum } from './usage.types';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';

export const REPORT_MAX_ITEMS = 500;
export const METRICS_MAX = 20;
/** About 20,000 rows of usage CSV; the request body limit is 2 MB. */
export const USAGE_IMPORT_MAX_CHARS = 1_500_000;

@InputType()
export class UsageMetricInput {
  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(60, I18N)
  name: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, I18N)
  value: number;
}

@InputType({ description: 'One day of one customer: give `customerId` or `externalId` (the CRM id).' })
export class UsageReportInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  customerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  externalId?: string;

  @Field({ description: 'YYYY-MM-DD, today or earlier.' })
  @IsDay(I18N)
  takenOn: string;

  @Field(() => Int, { description: '0–100' })
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(100, I18N)
  utilization: number;

  @Field(() => [UsageMetricInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(METRICS_MAX, I18N)
  @ValidateNested({ each: true })
  @Type(() => UsageMetricInput)
  metrics?: UsageMetricInput[];
}

@InputType()
export class ReportUsageInput {
  @Field(() => [UsageReportInput], { description: `1 to ${REPORT_MAX_ITEMS} reports, saved all or none.` })
  @ArrayMinSize(1, I18N)
  @ArrayMaxSize(REPORT_MAX_ITEMS, I18N)
  @ValidateNested({ each: true })
  @Type(() => UsageReportInput)
  items: UsageReportInput[];
}

@InputType()
export class ImportUsageInput {
  @Field({ description: 'CSV text: external_id, date, utilization, optional metric:<name> columns.' })
  @IsNotEmpty(I18N)
  @MaxLength(USAGE_IMPORT_MAX_CHARS, I18N)
  csv: string;
}

@InputType()
export class UpdateActivationSettingsInput {
  @Field(() => Int) @IsInt(I18N) @Min(1, I18N) @Max(100, I18N) threshold: number;
  @Field(() => Int) @IsInt(I18N) @Min(1, I18N) @Max(365, I18N) windowDays: number;
}

@InputType()
export class CreateIntegrationKeyInput {
  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  name: string;
}

@ArgsType()
export class ActivationOutreachArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;

  @Field(() => OutreachFlagEnum, { nullable: true })
  @IsOptional()
  @IsIn(OUTREACH_FLAGS, I18N)
  flag?: OutreachFlag;
}

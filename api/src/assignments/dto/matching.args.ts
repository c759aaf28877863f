import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { MONTH_PATTERN } from '../../capacity/month';

export const BATCH_MAX = 2000;

@ArgsType()
export class RecommendationArgs {
  @Field(() => ID)
  @IsUUID('all', I18N)
  customerId: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(MONTH_PATTERN, I18N)
  month: string;
}

@ArgsType()
export class AutoAssignmentArgs {
  @Field({ description: 'YYYY-MM' })
  @Matches(MONTH_PATTERN, I18N)
  month: string;

  @Field(() => [ID], { nullable: true, description: 'A selection of the queue; the whole queue when omitted.' })
  @IsOptional()
  @ArrayMaxSize(BATCH_MAX, I18N)
  @IsUUID('all', { ...I18N, each: true })
  customerIds?: string[];
}

@InputType()
export class BatchItemInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  customerId: string;

  @Field(() => ID)
  @IsUUID('all', I18N)
  partnerId: string;

  @Field(() => ID)
  @IsUUID('all', I18N)
  leadConsultantId: string;
}

@InputType()
export class ApplyAssignmentsInput {
  @Field(() => ID, { description: 'A fresh id from the client; `assignmentBatch(id)` reports progress meanwhile.' })
  @IsUUID('all', I18N)
  batchId: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(MONTH_PATTERN, I18N)
  month: string;

  @Field(() => [BatchItemInput])
  @ArrayMinSize(1, I18N)
  @ArrayMaxSize(BATCH_MAX, I18N)
  @ArrayUnique((i: BatchItemInput) => i?.customerId, I18N)
  @ValidateNested({ each: true })
  @Type(() => BatchItemInput)
  items: BatchItemInput[];
}

@InputType()
export class UpdateAssignmentSettingsInput {
  @Field(() => Int) @IsInt(I18N) @Min(0, I18N) @Max(100, I18N) weightIndustry: number;
  @Field(() => Int) @IsInt(I18N) @Min(0, I18N) @Max(100, I18N) weightProducts: number;
  @Field(() => Int) @IsInt(I18N) @Min(0, I18N) @Max(100, I18N) weightCertified: number;
  @Field(() => Int) @IsInt(I18N) @Min(0, I18N) @Max(100, I18N) weightRegion: number;
  @Field(() => Int) @IsInt(I18N) @Min(0, I18N) @Max(100, I18N) weightTier: number;
  @Field(() => Int) @IsInt(I18N) @Min(0, I18N) @Max(100, I18N) weightCapacity: number;
  @Field(() => Int) @IsInt(I18N) @Min(0, I18N) @Max(30, I18N) declineWindowDays: number;
}

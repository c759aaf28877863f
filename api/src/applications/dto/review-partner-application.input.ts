import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';
import { SELECTION_CRITERIA, SelectionCriterion } from '../application-score.entity';

@InputType()
export class CriterionScoreInput {
  @Field(() => SelectionCriterion)
  @IsEnum(SelectionCriterion, I18N)
  criterion: SelectionCriterion;

  @Field(() => Int, { description: '1 (weak) … 5 (excellent).' })
  @IsInt(I18N)
  @Min(1, I18N)
  @Max(5, I18N)
  score: number;

  @Field({ description: 'Why this score: the evidence behind the decision.' })
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(2000, I18N)
  note: string;
}

/** Some or all criteria; a criterion scored again is overwritten. */
@InputType()
export class ScorePartnerApplicationInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  applicationId: string;

  @Field(() => [CriterionScoreInput])
  @ArrayMinSize(1, I18N)
  @ArrayMaxSize(SELECTION_CRITERIA.length, I18N)
  @ArrayUnique((s: CriterionScoreInput) => s?.criterion, I18N)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores: CriterionScoreInput[];
}

@InputType()
export class ApprovePartnerApplicationInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  applicationId: string;

  @Field({ nullable: true, description: 'Kept as the decision note.' })
  @IsOptional()
  @Trim()
  @MaxLength(2000, I18N)
  note?: string;
}

@InputType()
export class RejectPartnerApplicationInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  applicationId: string;

  @Field({ description: 'Why: kept with the decision and in the audit log.' })
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(2000, I18N)
  reason: string;
}

import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';
import { TierDecision, TierReviewStatus } from '../tier-review.entity';

@ValidatorConstraint({ name: 'periodOrder' })
class PeriodOrder implements ValidatorConstraintInterface {
  validate(periodTo: string, args: ValidationArguments): boolean {
    const { periodFrom } = args.object as { periodFrom?: string };
    return !periodFrom || !periodTo || periodTo >= periodFrom;
  }
}

/** An override names the tier and says why. */
@ValidatorConstraint({ name: 'overrideNeeds' })
class OverrideNeeds implements ValidatorConstraintInterface {
  validate(decision: TierDecision, args: ValidationArguments): boolean {
    const { tier, reason } = args.object as DecideTierReviewInput;
    return decision !== TierDecision.OVERRIDDEN || (tier !== undefined && tier !== null && !!reason?.trim());
  }
}

@InputType()
export class OpenTierReviewInput {
  @Field(() => ID) @IsUUID('all', I18N) partnerId: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDay(I18N) periodFrom: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsDay(I18N)
  @Validate(PeriodOrder, I18N)
  periodTo: string;
}

@InputType()
export class DecideTierReviewInput {
  @Field(() => ID) @IsUUID('all', I18N) reviewId: string;

  @Field(() => TierDecision)
  @IsEnum(TierDecision, I18N)
  @Validate(OverrideNeeds, I18N)
  decision: TierDecision;

  @Field(() => Int, { nullable: true, description: 'The tier set instead of the proposed one (overrides).' })
  @IsOptional()
  @IsInt(I18N)
  @Min(1, I18N)
  @Max(5, I18N)
  tier?: number;

  @Field({ nullable: true, description: 'Required when overriding.' })
  @IsOptional()
  @Trim()
  @MaxLength(2000, I18N)
  reason?: string;

  @Field({ description: 'YYYY-MM-DD: the tier applies from this day.' })
  @IsDay(I18N)
  effectiveFrom: string;
}

@ArgsType()
export class TierReviewListArgs {
  @Field(() => TierReviewStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TierReviewStatus, I18N)
  status?: TierReviewStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', I18N) partnerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', I18N) cycleId?: string;
}

@InputType()
export class OpenReviewCycleInput {
  @Field({ description: 'e.g. "2026 Q3"' }) @Trim() @IsNotEmpty(I18N) @MaxLength(80, I18N) name: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDay(I18N) periodFrom: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsDay(I18N)
  @Validate(PeriodOrder, I18N)
  periodTo: string;
}

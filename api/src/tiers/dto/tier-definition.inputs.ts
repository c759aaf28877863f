import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';

const Share = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsNumber({ allowNaN: false, allowInfinity: false }, I18N)(target, key);
  Min(0, I18N)(target, key);
  Max(1, I18N)(target, key);
};

@InputType()
export class TierDefinitionInput {
  @Field(() => Int) @IsInt(I18N) @Min(1, I18N) @Max(5, I18N) tier: number;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(60, I18N) nameEn: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(60, I18N) nameJa: string;
  @Field(() => Float, { nullable: true }) @Share() minOnTimeRate?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, I18N)
  @Min(0, I18N)
  @Max(100, I18N)
  maxEscalationsPerProject?: number | null;
  @Field(() => Float, { nullable: true }) @Share() minAutonomousShare?: number | null;
  @Field(() => Float, { nullable: true }) @Share() minValueShare?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, I18N)
  @Min(0, I18N)
  @Max(10000, I18N)
  minMeanSlots?: number | null;
  @Field(() => Float, { nullable: true }) @Share() minSlotStability?: number | null;
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, I18N)
  @Min(0.01, I18N)
  @Max(10, I18N)
  rewardRate: number;
}

/** Tiers 1 to 5, each exactly once. */
@ValidatorConstraint({ name: 'fiveTiers' })
class FiveTiers implements ValidatorConstraintInterface {
  validate(tiers: TierDefinitionInput[]): boolean {
    return Array.isArray(tiers) && [1, 2, 3, 4, 5].every((t) => tiers.filter((d) => d?.tier === t).length === 1);
  }
}

@InputType()
export class PublishTierDefinitionsInput {
  @Field({ description: 'YYYY-MM-DD: the new version applies from this day (today or later).' })
  @IsDay(I18N)
  effectiveFrom: string;

  @Field(() => [TierDefinitionInput])
  @ArrayMinSize(5, I18N)
  @ArrayMaxSize(5, I18N)
  @Validate(FiveTiers, I18N)
  @ValidateNested({ each: true })
  @Type(() => TierDefinitionInput)
  tiers: TierDefinitionInput[];
}

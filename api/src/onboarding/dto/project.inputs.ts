import { ArgsType, Field, Float, ID, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateBy,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { PROJECT_HEALTHS, type ProjectHealth } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/trim.decorator';
import { MONTH_PATTERN } from '../../capacity/month';
import { ProjectHealthEnum } from '../project-health.sql';
import { WorkKind } from '../project-record.entity';

@InputType()
export class TemplatePhaseInput {
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(100, I18N) nameEn: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(100, I18N) nameJa: string;
  @Field(() => Int) @IsInt(I18N) @Min(1, I18N) @Max(730, I18N) dueDay: number;
  @Field({ defaultValue: false, description: 'Send the customer a survey when it completes.' })
  @IsBoolean(I18N)
  surveyOnCompletion: boolean = false;
}

/** Phase deadlines must come one after the other ("phase Y complete by day X", X increasing). */
@ValidatorConstraint({ name: 'increasingDueDays' })
class IncreasingDueDays implements ValidatorConstraintInterface {
  validate(phases: TemplatePhaseInput[] | undefined): boolean {
    return !Array.isArray(phases) || phases.every((p, i) => i === 0 || p?.dueDay > phases[i - 1]?.dueDay);
  }
}

@InputType()
export class UpdateOnboardingTemplateInput {
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(100, I18N) name: string;

  @Field(() => [TemplatePhaseInput], { description: 'In order; due days must increase.' })
  @ArrayMinSize(1, I18N)
  @ArrayMaxSize(12, I18N)
  @Validate(IncreasingDueDays, I18N)
  @ValidateNested({ each: true })
  @Type(() => TemplatePhaseInput)
  phases: TemplatePhaseInput[];
}

@InputType()
export class CompletePhaseInput {
  @Field(() => ID) @IsUUID('all', I18N) phaseId: string;
  @Field({ description: 'YYYY-MM-DD, today or earlier.' }) @IsDay(I18N) completedOn: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(2000, I18N) summary: string;
}

@InputType()
export class ReopenPhaseInput {
  @Field(() => ID) @IsUUID('all', I18N) phaseId: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(1000, I18N) reason: string;
}

/**
 * A number with at most one decimal. `IsNumber({ maxDecimalPlaces: 1 })` throws (a 500) on a number
 * JavaScript writes with an exponent, such as 1e-7: it looks for the digits after a '.'.
 */
const OneDecimal = () =>
  ValidateBy(
    {
      name: 'isNumber',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'number' && Number.isFinite(v) && Math.abs(Math.round(v * 10) - v * 10) < 1e-9,
      },
    },
    I18N,
  );

@InputType()
export class LogWorkInput {
  @Field(() => ID) @IsUUID('all', I18N) projectId: string;
  @Field(() => WorkKind) @IsEnum(WorkKind, I18N) kind: WorkKind;
  @Field({ description: 'YYYY-MM-DD, today or earlier.' }) @IsDay(I18N) date: string;
  @Field(() => Float)
  @OneDecimal()
  @Min(0.5, I18N)
  @Max(24, I18N)
  hours: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(2000, I18N) notes?: string;
}

@InputType()
export class OpenProjectIssueInput {
  @Field(() => ID) @IsUUID('all', I18N) projectId: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(200, I18N) title: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(2000, I18N) note?: string;
}

@InputType()
export class ResolveProjectIssueInput {
  @Field(() => ID) @IsUUID('all', I18N) issueId: string;
}

@InputType()
export class ChurnProjectInput {
  @Field(() => ID) @IsUUID('all', I18N) projectId: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(1000, I18N) reason: string;
}

@InputType()
export class UpdateProjectTeamInput {
  @Field(() => ID) @IsUUID('all', I18N) projectId: string;
  @Field(() => [ID], { description: 'Consultants of the firm besides the lead.' })
  @ArrayMaxSize(20, I18N)
  @ArrayUnique(undefined, I18N)
  @IsUUID('all', { ...I18N, each: true })
  consultantIds: string[];
}

@InputType()
export class ProjectFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', I18N) partnerId?: string;

  @Field(() => ProjectHealthEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_HEALTHS, I18N)
  health?: ProjectHealth;

  @Field(() => Int, { nullable: true, description: 'Position of the current phase.' })
  @IsOptional()
  @IsInt(I18N)
  @Min(1, I18N)
  @Max(12, I18N)
  phase?: number;

  @Field({ nullable: true, description: 'YYYY-MM: projects started that month.' })
  @IsOptional()
  @Matches(MONTH_PATTERN, I18N)
  cohortMonth?: string;
}

@ArgsType()
export class ProjectFilterArgs {
  @Field(() => ProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectFilter)
  filter?: ProjectFilter;
}

@ArgsType()
export class ProjectListArgs extends IntersectionType(PageArgs, ProjectFilterArgs, ArgsType) {}

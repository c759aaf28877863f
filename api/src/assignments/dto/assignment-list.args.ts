import { ArgsType, Field, ID, InputType, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs } from '../../common/pagination';
import { MONTH_PATTERN } from '../../capacity/month';
import { AssignmentStatus } from '../assignment.entity';

@InputType()
export class AssignmentFilter {
  @Field(() => [AssignmentStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5, I18N)
  @IsEnum(AssignmentStatus, { ...I18N, each: true })
  statuses?: AssignmentStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  customerId?: string;

  @Field({ nullable: true, description: 'YYYY-MM' })
  @IsOptional()
  @Matches(MONTH_PATTERN, I18N)
  month?: string;

  @Field({ nullable: true, description: 'true: active and not yet accepted by the firm (incoming).' })
  @IsOptional()
  @IsBoolean(I18N)
  incoming?: boolean;
}

@ArgsType()
export class AssignmentFilterArgs {
  @Field(() => AssignmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssignmentFilter)
  filter?: AssignmentFilter;
}

@ArgsType()
export class AssignmentListArgs extends IntersectionType(PageArgs, AssignmentFilterArgs, ArgsType) {}

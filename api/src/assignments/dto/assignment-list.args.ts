import { ArgsType, Field, ID, InputType, IntersectionType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs, SortDirection } from '../../common/pagination';
import { MONTH_PATTERN } from '../../capacity/month';
import { AssignmentStatus } from '../assignment.entity';

export enum AssignmentSortField {
  ASSIGNED_AT = 'assignedAt',
  MONTH = 'month',
  STATUS = 'status',
  DECLINE_BY = 'declineBy',
}
registerEnumType(AssignmentSortField, { name: 'AssignmentSortField' });

@InputType()
export class AssignmentSort {
  @Field(() => AssignmentSortField)
  @IsEnum(AssignmentSortField, I18N)
  field: AssignmentSortField;

  @Field(() => SortDirection)
  @IsEnum(SortDirection, I18N)
  direction: SortDirection;
}

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

  @Field(() => AssignmentSort, { nullable: true, description: 'Newest assigned first when omitted.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssignmentSort)
  sort?: AssignmentSort;
}

@ArgsType()
export class AssignmentListArgs extends IntersectionType(PageArgs, AssignmentFilterArgs, ArgsType) {}

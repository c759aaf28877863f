import { ArgsType, Field, InputType, IntersectionType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs, SortDirection } from '../../common/pagination';
import { PartnerApplicationStatus } from '../partner-application.entity';

export enum PartnerApplicationSortField {
  CREATED_AT = 'createdAt',
  FIRM_NAME = 'firmName',
  STATUS = 'status',
  DECIDED_AT = 'decidedAt',
}
registerEnumType(PartnerApplicationSortField, { name: 'PartnerApplicationSortField' });

@InputType()
export class PartnerApplicationFilter {
  @Field(() => [PartnerApplicationStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4, I18N)
  @IsEnum(PartnerApplicationStatus, { ...I18N, each: true })
  statuses?: PartnerApplicationStatus[];

  @Field({ nullable: true, description: 'Part of the firm name, contact name, contact e-mail or reference.' })
  @IsOptional()
  @MaxLength(200, I18N)
  search?: string;
}

@InputType()
export class PartnerApplicationSort {
  @Field(() => PartnerApplicationSortField)
  @IsEnum(PartnerApplicationSortField, I18N)
  field: PartnerApplicationSortField;

  @Field(() => SortDirection)
  @IsEnum(SortDirection, I18N)
  direction: SortDirection;
}

@ArgsType()
class PartnerApplicationQueryArgs {
  @Field(() => PartnerApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerApplicationFilter)
  filter?: PartnerApplicationFilter;

  @Field(() => PartnerApplicationSort, {
    nullable: true,
    description: 'Newest first unless told otherwise.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerApplicationSort)
  sort?: PartnerApplicationSort;
}

@ArgsType()
export class PartnerApplicationListArgs extends IntersectionType(PageArgs, PartnerApplicationQueryArgs, ArgsType) {}

import { ArgsType, Field, InputType, IntersectionType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { CUSTOMER_SEGMENTS, CUSTOMER_SIZE_BANDS, INDUSTRIES, PREFECTURES, PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs, SortDirection } from '../../common/pagination';

export enum CustomerSortField {
  COMPANY_NAME = 'companyName',
  CONTRACT_DATE = 'contractDate',
  INDUSTRY = 'industry',
  PREFECTURE = 'prefecture',
  SEGMENT = 'segment',
  CREATED_AT = 'createdAt',
}
registerEnumType(CustomerSortField, { name: 'CustomerSortField' });

@InputType()
export class CustomerFilter {
  @Field({ nullable: true, description: 'Part of the company name or the external id.' })
  @IsOptional()
  @MaxLength(200, I18N)
  search?: string;

  @Field({ nullable: true, description: 'true: held by a firm; false: the unassigned queue.' })
  @IsOptional()
  @IsBoolean(I18N)
  assigned?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(INDUSTRIES, I18N)
  industry?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(PREFECTURES, I18N)
  prefecture?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(CUSTOMER_SEGMENTS, I18N)
  segment?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(CUSTOMER_SIZE_BANDS, I18N)
  employeeBand?: string;

  @Field({ nullable: true, description: 'A product module bought.' })
  @IsOptional()
  @IsIn(PRODUCT_MODULES, I18N)
  product?: string;

  @Field({ nullable: true, description: 'Contract date on or after (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay(I18N)
  contractFrom?: string;

  @Field({ nullable: true, description: 'Contract date on or before (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay(I18N)
  contractTo?: string;
}

@InputType()
export class CustomerSort {
  @Field(() => CustomerSortField)
  @IsEnum(CustomerSortField, I18N)
  field: CustomerSortField;

  @Field(() => SortDirection)
  @IsEnum(SortDirection, I18N)
  direction: SortDirection;
}

@ArgsType()
export class CustomerQueryArgs {
  @Field(() => CustomerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerFilter)
  filter?: CustomerFilter;

  @Field(() => CustomerSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerSort)
  sort?: CustomerSort;
}

@ArgsType()
export class CustomerListArgs extends IntersectionType(PageArgs, CustomerQueryArgs, ArgsType) {}

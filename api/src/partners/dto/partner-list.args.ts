import { ArgsType, Field, InputType, Int, IntersectionType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { INDUSTRIES, LANGUAGES, PREFECTURES, PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs, SortDirection } from '../../common/pagination';
import { PartnerKind, PartnerStatus } from '../partner.entity';

export enum PartnerSortField {
  NAME = 'name',
  KIND = 'kind',
  STATUS = 'status',
  TIER = 'tier',
  CREATED_AT = 'createdAt',
}
registerEnumType(PartnerSortField, { name: 'PartnerSortField' });

@InputType()
export class PartnerFilter {
  @Field({ nullable: true, description: 'Part of the firm name.' })
  @IsOptional()
  @MaxLength(200, I18N)
  search?: string;

  @Field(() => [PartnerKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, I18N)
  @IsEnum(PartnerKind, { ...I18N, each: true })
  kinds?: PartnerKind[];

  @Field(() => [PartnerStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, I18N)
  @IsEnum(PartnerStatus, { ...I18N, each: true })
  statuses?: PartnerStatus[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5, I18N)
  @IsInt({ ...I18N, each: true })
  @Min(1, { ...I18N, each: true })
  @Max(5, { ...I18N, each: true })
  tiers?: number[];

  @Field({ nullable: true, description: 'A prefecture the firm serves (ISO 3166-2:JP).' })
  @IsOptional()
  @IsIn(PREFECTURES, I18N)
  region?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(INDUSTRIES, I18N)
  industry?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_MODULES, I18N)
  productModule?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES, I18N)
  language?: string;
}

@InputType()
export class PartnerSort {
  @Field(() => PartnerSortField)
  @IsEnum(PartnerSortField, I18N)
  field: PartnerSortField;

  @Field(() => SortDirection)
  @IsEnum(SortDirection, I18N)
  direction: SortDirection;
}

@ArgsType()
export class PartnerQueryArgs {
  @Field(() => PartnerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerFilter)
  filter?: PartnerFilter;

  @Field(() => PartnerSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerSort)
  sort?: PartnerSort;
}

@ArgsType()
export class PartnerListArgs extends IntersectionType(PageArgs, PartnerQueryArgs, ArgsType) {}

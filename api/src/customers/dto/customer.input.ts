import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { CUSTOMER_SEGMENTS, CUSTOMER_SIZE_BANDS, INDUSTRIES, PREFECTURES, PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';

/** A customer account as vendor staff enter it (create, or replace on edit). */
@InputType()
export class CustomerInput {
  @Field(() => String, { nullable: true, description: 'The id in the vendor’s CRM; unique.' })
  @IsOptional()
  @Trim()
  @MaxLength(100, I18N)
  externalId?: string | null;

  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  companyName: string;

  @Field()
  @IsIn(INDUSTRIES, I18N)
  industry: string;

  @Field()
  @IsIn(CUSTOMER_SIZE_BANDS, I18N)
  employeeBand: string;

  @Field()
  @IsIn(PREFECTURES, I18N)
  prefecture: string;

  @Field(() => [String], { description: 'Product modules bought; the first is the main one.' })
  @ArrayMinSize(1, I18N)
  @ArrayMaxSize(PRODUCT_MODULES.length, I18N)
  @ArrayUnique(undefined, I18N)
  @IsIn(PRODUCT_MODULES, { ...I18N, each: true })
  products: string[];

  @Field({ description: 'YYYY-MM-DD' })
  @IsDay(I18N)
  contractDate: string;

  @Field()
  @IsIn(CUSTOMER_SEGMENTS, I18N)
  segment: string;
}

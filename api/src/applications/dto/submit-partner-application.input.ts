import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CUSTOMER_SIZE_BANDS, INDUSTRIES, LANGUAGES, PREFECTURES, PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';
import { PartnerKind } from '../../partners/partner.entity';

/** The public application form. Every text and list is bounded, so one submission stays small. */
@InputType()
export class SubmitPartnerApplicationInput {
  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  firmName: string;

  @Field(() => PartnerKind)
  @IsEnum(PartnerKind, I18N)
  kind: PartnerKind;

  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  contactName: string;

  @Field()
  @Trim()
  @IsEmail({}, I18N)
  @MaxLength(254, I18N)
  contactEmail: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(30, I18N)
  contactPhone?: string;

  @Field(() => Int)
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(100000, I18N)
  headcountAtStart: number;

  @Field(() => Int, { description: 'Onboarding slots per month the firm can offer (0–1000).' })
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(1000, I18N)
  monthlyCapacity: number;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(INDUSTRIES.length, I18N)
  @IsIn(INDUSTRIES, { ...I18N, each: true })
  industries: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(PRODUCT_MODULES.length, I18N)
  @IsIn(PRODUCT_MODULES, { ...I18N, each: true })
  productModules: string[];

  @Field(() => [String], { defaultValue: [], description: 'Prefectures served (ISO 3166-2:JP codes).' })
  @ArrayMaxSize(PREFECTURES.length, I18N)
  @IsIn(PREFECTURES, { ...I18N, each: true })
  regions: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(LANGUAGES.length, I18N)
  @IsIn(LANGUAGES, { ...I18N, each: true })
  languages: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(CUSTOMER_SIZE_BANDS.length, I18N)
  @IsIn(CUSTOMER_SIZE_BANDS, { ...I18N, each: true })
  customerSizeBands: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(4000, I18N)
  expansionPlans?: string;

  @Field({
    nullable: true,
    description: 'Leave empty. A field the form hides from people: only bots fill it in.',
  })
  @IsOptional()
  @MaxLength(300, I18N)
  companyUrl?: string;
}

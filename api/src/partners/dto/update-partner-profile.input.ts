import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUrl,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { CUSTOMER_SIZE_BANDS, INDUSTRIES, LANGUAGES, PREFECTURES, PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { Omittable } from '../../common/omittable.decorator';
import { Trim } from '../../common/trim.decorator';
import { PartnerKind } from '../partner.entity';

/** Every field optional: only what is given changes. */
@InputType()
export class UpdatePartnerProfileInput {
  // Name and kind may be left out, never cleared: null is validated (and refused), not skipped.
  @Field({ nullable: true })
  @ValidateIf((input: UpdatePartnerProfileInput) => input.name !== undefined)
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  name?: string;

  @Field(() => PartnerKind, { nullable: true })
  @ValidateIf((input: UpdatePartnerProfileInput) => input.kind !== undefined)
  @IsEnum(PartnerKind, I18N)
  kind?: PartnerKind;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(100000, I18N)
  headcountAtStart?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100, I18N)
  contactName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, I18N)
  @MaxLength(254, I18N)
  contactEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(30, I18N)
  contactPhone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, I18N)
  @MaxLength(300, I18N)
  website?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000, I18N)
  description?: string;

  @Field(() => [String], { nullable: true })
  @Omittable()
  @ArrayMaxSize(INDUSTRIES.length, I18N)
  @IsIn(INDUSTRIES, { ...I18N, each: true })
  industries?: string[];

  @Field(() => [String], { nullable: true })
  @Omittable()
  @ArrayMaxSize(PRODUCT_MODULES.length, I18N)
  @IsIn(PRODUCT_MODULES, { ...I18N, each: true })
  productModules?: string[];

  @Field(() => [String], { nullable: true })
  @Omittable()
  @ArrayMaxSize(PREFECTURES.length, I18N)
  @IsIn(PREFECTURES, { ...I18N, each: true })
  regions?: string[];

  @Field(() => [String], { nullable: true })
  @Omittable()
  @ArrayMaxSize(LANGUAGES.length, I18N)
  @IsIn(LANGUAGES, { ...I18N, each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @Omittable()
  @ArrayMaxSize(CUSTOMER_SIZE_BANDS.length, I18N)
  @IsIn(CUSTOMER_SIZE_BANDS, { ...I18N, each: true })
  customerSizeBands?: string[];
}

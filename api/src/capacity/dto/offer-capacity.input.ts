import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs } from '../../common/pagination';
import { MONTH_PATTERN } from '../month';

@InputType()
export class OfferCapacityInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  partnerId: string;

  @Field({ description: 'YYYY-MM: this month or a later one.' })
  @Matches(MONTH_PATTERN, I18N)
  month: string;

  @Field(() => String, { nullable: true, description: 'A product module code; null offers for every line.' })
  @IsOptional()
  @IsIn(PRODUCT_MODULES, I18N)
  productLine?: string | null;

  @Field(() => Int)
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(1000, I18N)
  slots: number;
}

@ArgsType()
export class CapacityPlansArgs {
  @Field(() => ID)
  @IsUUID('all', I18N)
  partnerId: string;

  @Field({ nullable: true, description: 'YYYY-MM; the current month when omitted.' })
  @IsOptional()
  @Matches(MONTH_PATTERN, I18N)
  fromMonth?: string;

  @Field(() => Int, { defaultValue: 6, nullable: true })
  @IsInt(I18N)
  @Min(1, I18N)
  @Max(24, I18N)
  months = 6;
}

@ArgsType()
export class CapacityHistoryArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', I18N)
  partnerId: string;
}

@ArgsType()
export class CapacityCalendarArgs {
  @Field({ nullable: true, description: 'YYYY-MM; the current month when omitted.' })
  @IsOptional()
  @Matches(MONTH_PATTERN, I18N)
  fromMonth?: string;

  @Field(() => Int, { defaultValue: 6, nullable: true })
  @IsInt(I18N)
  @Min(1, I18N)
  @Max(12, I18N)
  months = 6;
}

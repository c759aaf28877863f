import { ArgsType, Field, ID, InputType, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';
import { PageArgs } from '../../common/pagination';

@InputType()
export class InviteConsultantInput {
  @Field()
  @IsEmail({}, I18N)
  @MaxLength(254, I18N)
  email: string;

  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  displayName: string;

  @Field(() => ID, {
    nullable: true,
    description: "Vendor staff name the firm; a partner admin's own firm is implied (another firm is not found).",
  })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;
}

@InputType()
export class ConsultantFilter {
  @Field({ nullable: true, description: 'Part of the name or e-mail address.' })
  @IsOptional()
  @MaxLength(200, I18N)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean(I18N)
  active?: boolean;
}

@ArgsType()
export class ConsultantQueryArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'One firm (vendor staff, auditors); partner users see their own anyway.',
  })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;

  @Field(() => ConsultantFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultantFilter)
  filter?: ConsultantFilter;
}

@ArgsType()
export class ConsultantListArgs extends IntersectionType(PageArgs, ConsultantQueryArgs, ArgsType) {}

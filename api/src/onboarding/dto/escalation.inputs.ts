import { ArgsType, Field, ID, InputType, IntersectionType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/trim.decorator';
import { EscalationCategory } from '../escalation.entity';

export enum EscalationPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(EscalationPriority, {
  name: 'EscalationPriority',
  description: 'By age while open: HIGH after 3 days, MEDIUM after 1 day, else LOW.',
});

@InputType()
export class RaiseEscalationInput {
  @Field(() => ID) @IsUUID('all', I18N) projectId: string;
  @Field(() => EscalationCategory) @IsEnum(EscalationCategory, I18N) category: EscalationCategory;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(200, I18N) subject: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(5000, I18N) body: string;

  @Field(() => ID, { nullable: true, description: 'The knowledge draft the raise form started; it is marked RAISED.' })
  @IsOptional()
  @IsUUID('all', I18N)
  draftId?: string;
}

@InputType()
export class ReplyToEscalationInput {
  @Field(() => ID) @IsUUID('all', I18N) escalationId: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(5000, I18N) body: string;
}

@InputType()
export class ResolveEscalationInput {
  @Field(() => ID) @IsUUID('all', I18N) escalationId: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(5000, I18N) resolution: string;
}

@InputType()
export class EscalationFilter {
  @Field({ nullable: true, description: 'true: open only; false: resolved only.' })
  @IsOptional()
  @IsBoolean(I18N)
  open?: boolean;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', I18N) partnerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', I18N) projectId?: string;

  @Field(() => EscalationCategory, { nullable: true })
  @IsOptional()
  @IsEnum(EscalationCategory, I18N)
  category?: EscalationCategory;
}

@ArgsType()
export class EscalationFilterArgs {
  @Field(() => EscalationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EscalationFilter)
  filter?: EscalationFilter;
}

@ArgsType()
export class EscalationListArgs extends IntersectionType(PageArgs, EscalationFilterArgs, ArgsType) {}

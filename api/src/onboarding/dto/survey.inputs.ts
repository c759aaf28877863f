import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';

@InputType()
export class AnswerSurveyInput {
  @Field() @IsNotEmpty(I18N) @MaxLength(100, I18N) token: string;
  @Field(() => Int, { description: '1–5' }) @IsInt(I18N) @Min(1, I18N) @Max(5, I18N) csat: number;
  @Field(() => Int, { description: '0–10' }) @IsInt(I18N) @Min(0, I18N) @Max(10, I18N) nps: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000, I18N) worries?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000, I18N) evaluation?: string;
}

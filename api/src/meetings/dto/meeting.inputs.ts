import { ArgsType, Field, ID, InputType, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs } from '../../common/pagination';
import { Trim } from '../../common/trim.decorator';

@InputType()
export class ActionItemInput {
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(500, I18N) description: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(200, I18N) owner: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDay(I18N)
  dueDate?: string;
}

@InputType()
export class RecordMeetingInput {
  @Field(() => ID) @IsUUID('all', I18N) partnerId: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDay(I18N) date: string;
  @Field() @Trim() @IsNotEmpty(I18N) @MaxLength(200, I18N) title: string;

  @Field(() => [String])
  @ArrayMaxSize(30, I18N)
  @MaxLength(200, { ...I18N, each: true })
  attendees: string[];

  @Field({ defaultValue: '' }) @MaxLength(20000, I18N) notes: string = '';

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50, I18N)
  @ArrayUnique(undefined, I18N)
  @IsUUID('all', { ...I18N, each: true })
  projectIds: string[] = [];

  @Field(() => [ActionItemInput], { defaultValue: [] })
  @ArrayMaxSize(50, I18N)
  @ValidateNested({ each: true })
  @Type(() => ActionItemInput)
  actionItems: ActionItemInput[] = [];
}

@InputType()
export class CompleteActionItemInput {
  @Field(() => ID) @IsUUID('all', I18N) actionItemId: string;
}

@InputType()
export class MeetingFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', I18N) partnerId?: string;
}

@ArgsType()
export class MeetingFilterArgs {
  @Field(() => MeetingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingFilter)
  filter?: MeetingFilter;
}

@ArgsType()
export class MeetingListArgs extends IntersectionType(PageArgs, MeetingFilterArgs, ArgsType) {}

import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { I18N } from '../../common/errors/input-validation';

@InputType()
export class StartEscalationDraftInput {
  @Field(() => ID) @IsUUID('all', I18N) projectId: string;
}

@InputType()
export class RecordArticleOpenedInput {
  @Field(() => ID) @IsUUID('all', I18N) draftId: string;
  @Field(() => ID) @IsUUID('all', I18N) articleId: string;
}

@InputType()
export class EscalationDraftIdInput {
  @Field(() => ID) @IsUUID('all', I18N) draftId: string;
}

@ArgsType()
export class EscalationDeflectionArgs {
  @Field({ nullable: true, description: 'First day (YYYY-MM-DD, UTC) of drafts started; none: from the beginning.' })
  @IsOptional()
  @IsDay(I18N)
  from?: string;

  @Field({ nullable: true, description: 'Last day (YYYY-MM-DD, UTC), included; none: up to now.' })
  @IsOptional()
  @IsDay(I18N)
  to?: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', I18N) partnerId?: string;
}

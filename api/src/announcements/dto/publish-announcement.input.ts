import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';

@InputType()
export class PublishAnnouncementInput {
  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  title: string;

  @Field({ description: 'Markdown: paragraphs, emphasis, lists and links.' })
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(20000, I18N)
  body: string;

  @Field(() => [Int], { defaultValue: [], description: 'Empty: every partner.' })
  @ArrayMaxSize(5, I18N)
  @IsInt({ ...I18N, each: true })
  @Min(1, { ...I18N, each: true })
  @Max(5, { ...I18N, each: true })
  audienceTiers: number[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_MODULES, I18N)
  recertificationProductArea?: string | null;
}

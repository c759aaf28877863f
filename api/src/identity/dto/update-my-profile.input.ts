import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { LocaleEnum } from '../locale.enum';

@InputType()
export class UpdateMyProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  displayName?: string;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(LocaleEnum, I18N)
  locale?: LocaleEnum;
}

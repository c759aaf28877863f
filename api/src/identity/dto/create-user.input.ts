import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { LocaleEnum } from '../locale.enum';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, I18N)
  @MaxLength(254, I18N)
  email: string;

  @Field()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role, I18N)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(LocaleEnum, I18N)
  locale?: LocaleEnum;

  @Field()
  @MinLength(MIN_PASSWORD_LENGTH, I18N)
  @MaxLength(200, I18N)
  password: string;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsUUID, MaxLength, MinLength } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  userId: string;

  @Field()
  @MinLength(MIN_PASSWORD_LENGTH, I18N)
  @MaxLength(200, I18N)
  newPassword: string;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  currentPassword: string;

  @Field()
  @MinLength(MIN_PASSWORD_LENGTH, I18N)
  @MaxLength(200, I18N)
  newPassword: string;
}

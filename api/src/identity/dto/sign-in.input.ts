import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';

@InputType()
export class SignInInput {
  @Field()
  @IsNotEmpty(I18N)
  @MaxLength(254, I18N)
  email: string;

  @Field()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  password: string;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  token: string;

  @Field({ nullable: true, description: 'Overrides the name the inviter typed.' })
  @IsOptional()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  displayName?: string;

  @Field()
  @MinLength(MIN_PASSWORD_LENGTH, I18N)
  @MaxLength(200, I18N)
  password: string;
}

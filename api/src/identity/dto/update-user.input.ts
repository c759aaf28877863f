import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Role } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { LocaleEnum } from '../locale.enum';

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, I18N)
  @MaxLength(254, I18N)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(I18N)
  @MaxLength(100, I18N)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, I18N)
  role?: Role;

  /** Null detaches; omitted keeps the current firm. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string | null;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(LocaleEnum, I18N)
  locale?: LocaleEnum;
}

import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Role } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs, SortDirection } from '../../common/pagination';

export enum UserSortField {
  EMAIL = 'email',
  DISPLAY_NAME = 'displayName',
  ROLE = 'role',
  CREATED_AT = 'createdAt',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

@InputType()
export class UserFilter {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200, I18N)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, I18N)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean(I18N)
  active?: boolean;
}

@InputType()
export class UserSort {
  @Field(() => UserSortField)
  @IsEnum(UserSortField, I18N)
  field: UserSortField;

  @Field(() => SortDirection)
  @IsEnum(SortDirection, I18N)
  direction: SortDirection;
}

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;

  @Field(() => UserSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserSort)
  sort?: UserSort;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200, I18N)
  actorEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100, I18N)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100, I18N)
  entityId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100, I18N)
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate(I18N)
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate(I18N)
  to?: Date;
}

import { ArgsType, Field, ID, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';
import { PageArgs } from '../../common/pagination';
import { CertificationStatus } from '../skill-certification.entity';

@InputType()
export class CertifyConsultantInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  consultantId: string;

  @Field()
  @IsIn(PRODUCT_MODULES, I18N)
  productArea: string;

  @Field(() => Int, { nullable: true, description: 'Default 12.' })
  @IsOptional()
  @IsInt(I18N)
  @Min(1, I18N)
  @Max(36, I18N)
  validMonths?: number;
}

@InputType()
export class RevokeCertificationInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  certificationId: string;

  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(1000, I18N)
  reason: string;
}

@InputType()
export class CertificationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', I18N)
  consultantId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_MODULES, I18N)
  productArea?: string;

  @Field(() => CertificationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CertificationStatus, I18N)
  status?: CertificationStatus;
}

@ArgsType()
export class CertificationQueryArgs {
  @Field(() => CertificationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CertificationFilter)
  filter?: CertificationFilter;
}

@ArgsType()
export class CertificationListArgs extends IntersectionType(PageArgs, CertificationQueryArgs, ArgsType) {}

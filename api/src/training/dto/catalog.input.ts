import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { Omittable } from '../../common/omittable.decorator';
import { Trim } from '../../common/trim.decorator';
import { TrainingModuleKind } from '../training-module.entity';

@InputType()
export class CreateCurriculumInput {
  @Field({ description: 'Product module code; one curriculum per product area.' })
  @IsIn(PRODUCT_MODULES, I18N)
  productArea: string;

  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000, I18N)
  description?: string;
}

/** Only what is given changes; the product area stays. */
@InputType()
export class UpdateCurriculumInput {
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000, I18N)
  description?: string;

  @Field({ nullable: true, description: 'true restores an archived curriculum.' })
  @Omittable()
  @IsBoolean(I18N)
  active?: boolean;
}

@InputType()
export class CreateTrainingModuleInput {
  @Field({ description: 'The product area of an existing curriculum.' })
  @IsIn(PRODUCT_MODULES, I18N)
  productArea: string;

  @Field(() => TrainingModuleKind)
  @IsEnum(TrainingModuleKind, I18N)
  kind: TrainingModuleKind;

  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000, I18N)
  description?: string;

  @Field({ description: 'What passing means.' })
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(2000, I18N)
  passCriteria: string;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean(I18N)
  required?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(10000, I18N)
  sortOrder?: number;
}

/** Only what is given changes; the product area stays. */
@InputType()
export class UpdateTrainingModuleInput {
  @Field(() => TrainingModuleKind, { nullable: true })
  @Omittable()
  @IsEnum(TrainingModuleKind, I18N)
  kind?: TrainingModuleKind;

  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(200, I18N)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000, I18N)
  description?: string;

  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(2000, I18N)
  passCriteria?: string;

  @Field({ nullable: true })
  @Omittable()
  @IsBoolean(I18N)
  required?: boolean;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(10000, I18N)
  sortOrder?: number;

  @Field({ nullable: true, description: 'true restores an archived module.' })
  @Omittable()
  @IsBoolean(I18N)
  active?: boolean;
}

@ArgsType()
export class CatalogArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean(I18N)
  includeArchived?: boolean;
}

import { ArgsType, Field, ID, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsDay } from '../../common/is-day.decorator';
import { PRODUCT_MODULES } from '@baton/shared';
import { I18N } from '../../common/errors/input-validation';
import { PageArgs } from '../../common/pagination';
import { TrainingStatus } from '../training-record.entity';

/** Creates or replaces the one record of the consultant × module. */
@InputType()
export class RecordTrainingInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  consultantId: string;

  @Field(() => ID)
  @IsUUID('all', I18N)
  moduleId: string;

  @Field(() => TrainingStatus)
  @IsEnum(TrainingStatus, I18N)
  status: TrainingStatus;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDay(I18N)
  date?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(100, I18N)
  score?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000, I18N)
  note?: string;
}

@InputType()
export class ConfirmTrainingResultInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  recordId: string;

  @Field({ description: 'true: PASSED; false: FAILED.' })
  @IsBoolean(I18N)
  passed: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000, I18N)
  note?: string;
}

@ArgsType()
export class TrainingMatrixQueryArgs {
  @Field(() => ID)
  @IsUUID('all', I18N)
  partnerId: string;

  @Field({ nullable: true, description: 'Only the modules of this product area.' })
  @IsOptional()
  @IsIn(PRODUCT_MODULES, I18N)
  productArea?: string;
}

@ArgsType()
export class TrainingMatrixArgs extends IntersectionType(PageArgs, TrainingMatrixQueryArgs, ArgsType) {}

@ArgsType()
export class TrainingOverviewArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_MODULES, I18N)
  productArea?: string;
}

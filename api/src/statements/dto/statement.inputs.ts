import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';

@ArgsType()
export class StatementArgs {
  @Field({ description: 'YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, I18N)
  month: string;

  @Field(() => ID, { nullable: true, description: 'One firm; a partner user always gets its own.' })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;
}

@InputType()
export class UpdateStatementSettingsInput {
  @Field(() => Int, { description: 'Yen per completed onboarding.' })
  @IsInt(I18N)
  @Min(0, I18N)
  @Max(100_000_000, I18N)
  baseFee: number;
}

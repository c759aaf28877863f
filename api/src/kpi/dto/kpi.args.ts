import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import {
  IsEnum,
  IsOptional,
  IsUUID,
  Matches,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { MONTH_PATTERN } from '../../capacity/month';
import { I18N } from '../../common/errors/input-validation';

/** A period spans at most this many months (three years of cohorts). */
export const MAX_PERIOD_MONTHS = 36;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** `toMonth` is not before `fromMonth`, and the period is at most 36 months long. */
@ValidatorConstraint({ name: 'monthRange' })
class MonthRange implements ValidatorConstraintInterface {
  validate(toMonth: string, args: ValidationArguments): boolean {
    const { fromMonth } = args.object as KpiArgs;
    if (!MONTH_PATTERN.test(toMonth ?? '') || !MONTH_PATTERN.test(fromMonth ?? '')) return true;
    const span = monthIndex(toMonth) - monthIndex(fromMonth) + 1;
    return span >= 1 && span <= MAX_PERIOD_MONTHS;
  }
}

@ArgsType()
export class KpiArgs {
  @Field({ description: 'YYYY-MM: the first month of the period.' })
  @Matches(MONTH_PATTERN, I18N)
  fromMonth: string;

  @Field({ description: 'YYYY-MM: the last month of the period (at most 36 months after the first).' })
  @Matches(MONTH_PATTERN, I18N)
  @Validate(MonthRange, { ...I18N, message: () => JSON.stringify([MAX_PERIOD_MONTHS]) })
  toMonth: string;

  @Field(() => ID, { nullable: true, description: 'One firm; a partner user always gets its own.' })
  @IsOptional()
  @IsUUID('all', I18N)
  partnerId?: string;
}

/** The figures a dashboard shows, each traceable to its rows (`kpiEvidence`). */
export enum KpiMeasure {
  ACTIVATION = 'ACTIVATION',
  PHASE_ON_TIME = 'PHASE_ON_TIME',
  CAPACITY = 'CAPACITY',
  SURVEYS = 'SURVEYS',
  ESCALATIONS = 'ESCALATIONS',
  AT_RISK = 'AT_RISK',
}
registerEnumType(KpiMeasure, { name: 'KpiMeasure' });

@ArgsType()
export class KpiEvidenceArgs extends KpiArgs {
  @Field(() => KpiMeasure) @IsEnum(KpiMeasure, I18N) measure: KpiMeasure;

  @Field({ nullable: true, description: 'YYYY-MM: only the rows of this month of the period.' })
  @IsOptional()
  @Matches(MONTH_PATTERN, I18N)
  month?: string;
}

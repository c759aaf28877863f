import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsUUID, Matches, MaxLength } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';
import { Trim } from '../../common/trim.decorator';
import { MONTH_PATTERN } from '../../capacity/month';

@InputType()
export class AssignCustomerInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  customerId: string;

  @Field(() => ID)
  @IsUUID('all', I18N)
  partnerId: string;

  @Field({ description: 'YYYY-MM: the month whose slot it takes (this month or later).' })
  @Matches(MONTH_PATTERN, I18N)
  month: string;

  @Field(() => ID, { description: 'Must be certified for every product the customer bought.' })
  @IsUUID('all', I18N)
  leadConsultantId: string;
}

@InputType()
export class EndAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  assignmentId: string;

  @Field()
  @Trim()
  @IsNotEmpty(I18N)
  @MaxLength(1000, I18N)
  reason: string;
}

@InputType()
export class ReassignInput extends EndAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  partnerId: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(MONTH_PATTERN, I18N)
  month: string;

  @Field(() => ID)
  @IsUUID('all', I18N)
  leadConsultantId: string;
}

@InputType()
export class AssignmentIdInput {
  @Field(() => ID)
  @IsUUID('all', I18N)
  assignmentId: string;
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** One completed onboarding on a statement, paid at the reward rate of the tier held on its completion day. */
@ObjectType()
export class StatementLine {
  @Field(() => ID) projectId: string;
  @Field() customerName: string;
  @Field({ description: 'YYYY-MM-DD: the day its last phase was completed.' }) completedOn: string;
  @Field(() => Int) tier: number;
  @Field(() => Float) rewardRate: number;
  @Field(() => Int, { description: 'Yen: base fee × reward rate, rounded.' }) amount: number;
}

/** A partner's monthly statement: completed onboardings of the month × base fee × reward rate. */
@ObjectType()
export class PartnerStatement {
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int, { description: 'Yen per completed onboarding.' }) baseFee: number;
  @Field(() => Int) completedCount: number;
  @Field(() => Int, { description: 'Yen.' }) total: number;
  @Field(() => [StatementLine]) lines: StatementLine[];
}

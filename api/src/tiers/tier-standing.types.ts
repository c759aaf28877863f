import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TierDefinition } from './tier-definition.entity';
import { TierEvidenceType } from './tier-evidence.types';

/** A threshold of the next tier not yet met: the value required, the firm's, and by how much it falls short. */
@ObjectType()
export class TierGap {
  @Field({ description: 'onTimeRate, escalationsPerProject, autonomousShare, valueShare, meanSlots or slotStability.' })
  component: string;
  @Field(() => Float) required: number;
  @Field(() => Float, { nullable: true }) actual: number | null;
  @Field(() => Float, { nullable: true, description: 'Null when there is nothing measured yet.' }) gap: number | null;
}

/** Where a firm stands: its tier, its latest evidence, and what it lacks for the next tier. */
@ObjectType()
export class TierStanding {
  @Field(() => ID) partnerId: string;
  @Field(() => Int, { description: 'The tier the firm holds today.' }) tier: number;
  @Field(() => [TierDefinition], { description: 'The tiers in effect today.' }) definitions: TierDefinition[];
  @Field({ description: 'YYYY-MM-DD: the evidence covers the last three complete months.' }) periodFrom: string;
  @Field({ description: 'YYYY-MM-DD' }) periodTo: string;
  @Field(() => TierEvidenceType) evidence: TierEvidenceType;
  @Field(() => Int, { description: 'The tier these numbers meet today.' }) metTier: number;
  @Field(() => Int, { nullable: true, description: 'Null at the highest tier.' }) nextTier: number | null;
  @Field(() => [TierGap], { description: 'The next tier’s thresholds not yet met.' }) gaps: TierGap[];
}

/** One project's part in the evidence (the drill-down rows). */
@ObjectType()
export class TierProjectRowType {
  @Field(() => ID) id: string;
  @Field(() => ID) customerId: string;
  @Field() customerName: string;
  @Field() startDate: string;
  @Field() startedInPeriod: boolean;
  @Field(() => Int) escalations: number;
  @Field() reopened: boolean;
  @Field(() => Int) phasesDecided: number;
  @Field(() => Int) phasesOnTime: number;
  @Field(() => String, { nullable: true }) finishedOn: string | null;
  @Field() finishedInPeriod: boolean;
  @Field(() => Boolean, { nullable: true }) autonomous: boolean | null;
  @Field(() => Float, { nullable: true }) utilizationAtEnd: number | null;
  @Field(() => Boolean, { nullable: true }) valueDelivered: boolean | null;
}

@ObjectType()
export class TierMonthRow {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int) slotsOffered: number;
}

/** The rows beneath a review's evidence, read now: their totals rebuild it while the data is unchanged. */
@ObjectType()
export class TierEvidenceRows {
  @Field(() => [TierProjectRowType]) projects: TierProjectRowType[];
  @Field(() => [TierMonthRow]) months: TierMonthRow[];
  @Field(() => TierEvidenceType, { description: 'The totals of these rows.' }) totals: TierEvidenceType;
}

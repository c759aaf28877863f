import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { TierEvidence } from '@baton/shared';

/** `TierEvidence` of libs/shared as a GraphQL type (a review stores it frozen as JSON). */
@ObjectType('TierEvidence')
export class TierEvidenceType implements TierEvidence {
  @Field(() => Float, { nullable: true, description: 'Autonomy: phase on-time rate (0–1).' }) onTimeRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Autonomy: escalations per project started.' })
  escalationsPerProject: number | null;
  @Field(() => Float, { nullable: true, description: 'Autonomy: finished without vendor intervention (0–1).' })
  autonomousShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Value: customers at or above the threshold at the end (0–1).' })
  valueShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Value: mean monthly slots offered.' }) meanSlots: number | null;
  @Field(() => Float, { nullable: true, description: 'Value: stability of the monthly offers (0–1).' })
  slotStability: number | null;
  @Field(() => Int) projectsStarted: number;
  @Field(() => Int) projectsFinished: number;
  @Field(() => Int) phasesDecided: number;
}

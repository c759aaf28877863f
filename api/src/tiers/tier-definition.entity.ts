import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

/**
 * One version of the five tier definitions, in effect from its date until the next version's.
 * Editing the tiers writes a new version; reviews keep the version they used.
 */
@Entity()
@ProgramWide()
@ObjectType()
export class TierDefinitionSet {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int)
  @Index('tier_definition_set_version_key', { unique: true })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'YYYY-MM-DD: in effect from this day.' })
  @Column({ type: 'date' })
  effectiveFrom: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  createdByEmail: string | null;
}

/** One tier of a version: names, the thresholds on both axes (null: not required) and the reward rate. */
@Entity()
@ProgramWide()
@Index('tier_definition_key', ['setId', 'tier'], { unique: true })
@Check('tier_definition_tier_range', 'tier BETWEEN 1 AND 5')
@Check('tier_definition_reward_rate', 'reward_rate > 0 AND reward_rate <= 10')
@Check(
  'tier_definition_rates_range',
  'coalesce(min_on_time_rate, 0) BETWEEN 0 AND 1 AND coalesce(min_autonomous_share, 0) BETWEEN 0 AND 1 ' +
    'AND coalesce(min_value_share, 0) BETWEEN 0 AND 1 AND coalesce(min_slot_stability, 0) BETWEEN 0 AND 1 ' +
    'AND coalesce(max_escalations_per_project, 0) >= 0 AND coalesce(min_mean_slots, 0) >= 0',
)
@ObjectType()
export class TierDefinition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  setId: string;

  @ManyToOne(() => TierDefinitionSet, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id' })
  set?: TierDefinitionSet;

  @Field(() => Int, { description: '1 (lowest) … 5.' })
  @Column({ type: 'smallint' })
  tier: number;

  @Field() @Column({ type: 'text' }) nameEn: string;
  @Field() @Column({ type: 'text' }) nameJa: string;

  @Field(() => Float, { nullable: true, description: 'Autonomy: phase on-time rate at least (0–1).' })
  @Column({ type: 'float8', nullable: true })
  minOnTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Autonomy: escalations per project at most.' })
  @Column({ type: 'float8', nullable: true })
  maxEscalationsPerProject: number | null;

  @Field(() => Float, { nullable: true, description: 'Autonomy: projects finished without vendor intervention (0–1).' })
  @Column({ type: 'float8', nullable: true })
  minAutonomousShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Value: customers at or above the utilization threshold at the end (0–1).',
  })
  @Column({ type: 'float8', nullable: true })
  minValueShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Value: mean monthly slots offered at least.' })
  @Column({ type: 'float8', nullable: true })
  minMeanSlots: number | null;

  @Field(() => Float, { nullable: true, description: 'Value: stability of the monthly offers (0–1) at least.' })
  @Column({ type: 'float8', nullable: true })
  minSlotStability: number | null;

  @Field(() => Float, { description: 'Multiplies the base fee of each completed onboarding (1.10 = +10 %).' })
  @Column({ type: 'float8' })
  rewardRate: number;
}

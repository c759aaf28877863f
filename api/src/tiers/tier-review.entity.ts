import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped, ProgramWide } from '../common/access/scoped-query';
import { Partner } from '../partners/partner.entity';
import { TierDefinitionSet } from './tier-definition.entity';
import { TierEvidenceType } from './tier-evidence.types';

export enum TierReviewStatus {
  OPEN = 'OPEN',
  FINALIZED = 'FINALIZED',
}
registerEnumType(TierReviewStatus, { name: 'TierReviewStatus' });

export enum TierDecision {
  APPROVED = 'APPROVED',
  OVERRIDDEN = 'OVERRIDDEN',
}
registerEnumType(TierDecision, { name: 'TierDecision' });

/** A review cycle (e.g. a quarter) opened for every active partner at once. */
@Entity()
@ProgramWide()
@ObjectType()
export class ReviewCycle {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) periodFrom: string;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) periodTo: string;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) openedAt: Date;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) openedByEmail: string | null;
}

/**
 * One partner's tier review: the evidence frozen when it was opened, the tier it proposes, and the
 * auditor's decision. Once finalized, the database refuses any change to it (trigger).
 */
@Entity()
@PartnerScoped('partnerId')
@Index('tier_review_partner', ['partnerId', 'periodTo'])
@Check('tier_review_tiers', 'proposed_tier BETWEEN 1 AND 5 AND coalesce(decided_tier, 1) BETWEEN 1 AND 5')
@Check(
  'tier_review_decided_whole',
  "(status = 'FINALIZED') = (decided_tier IS NOT NULL AND decision IS NOT NULL AND finalized_at IS NOT NULL)",
)
@Check('tier_review_override_reason', "decision IS DISTINCT FROM 'OVERRIDDEN' OR length(trim(reason)) > 0")
@ObjectType()
export class TierReview {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;

  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) cycleId: string | null;
  @ManyToOne(() => ReviewCycle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: ReviewCycle;

  @Field(() => ID) @Column({ type: 'uuid' }) partnerId: string;
  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) periodFrom: string;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) periodTo: string;

  @Field(() => ID, { description: 'The tier definitions it was judged against.' })
  @Column({ type: 'uuid' })
  definitionSetId: string;
  @ManyToOne(() => TierDefinitionSet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'definition_set_id' })
  definitionSet?: TierDefinitionSet;

  @Field(() => TierEvidenceType, { description: 'The evidence as computed when the review opened (frozen).' })
  @Column({ type: 'jsonb' })
  evidence: TierEvidenceType;

  @Field(() => Int) @Column({ type: 'smallint' }) proposedTier: number;
  @Field(() => Int, { nullable: true, description: 'The tier the partner had when the review opened.' })
  @Column({ type: 'smallint', nullable: true })
  previousTier: number | null;

  @Field(() => TierReviewStatus)
  @Column({ type: 'enum', enum: TierReviewStatus, enumName: 'tier_review_status', default: TierReviewStatus.OPEN })
  status: TierReviewStatus;

  @Field(() => TierDecision, { nullable: true })
  @Column({ type: 'enum', enum: TierDecision, enumName: 'tier_decision', nullable: true })
  decision: TierDecision | null;

  @Field(() => Int, { nullable: true }) @Column({ type: 'smallint', nullable: true }) decidedTier: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) decidedByEmail: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD: the new tier applies from this day.', nullable: true })
  @Column({ type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Field() @CreateDateColumn({ type: 'timestamptz' }) openedAt: Date;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) openedByEmail: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) finalizedAt: Date | null;
}

/** The tier history of a partner: each finalized review's tier, from its effective date. */
@Entity()
@PartnerScoped('partnerId')
@Index('partner_tier_change_partner', ['partnerId', 'effectiveFrom'])
@Check('partner_tier_change_tier', 'tier BETWEEN 1 AND 5')
@ObjectType()
export class PartnerTierChange {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) partnerId: string;
  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;
  @Field(() => Int) @Column({ type: 'smallint' }) tier: number;
  @Field(() => Int, { nullable: true }) @Column({ type: 'smallint', nullable: true }) previousTier: number | null;
  @Field({ description: 'YYYY-MM-DD' }) @Column({ type: 'date' }) effectiveFrom: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) reviewId: string | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) changedAt: Date;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) changedByEmail: string | null;
}

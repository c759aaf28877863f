import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';
import { Partner, PartnerKind } from '../partners/partner.entity';

export enum PartnerApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(PartnerApplicationStatus, {
  name: 'PartnerApplicationStatus',
  description: 'SUBMITTED → UNDER_REVIEW (first score) → APPROVED | REJECTED.',
});

export const DECIDED_STATUSES = [PartnerApplicationStatus.APPROVED, PartnerApplicationStatus.REJECTED];

const textArray = { type: 'text', array: true, default: () => "'{}'" } as const;

/**
 * A prospective firm's application and its decision. Program-wide: partner users never read
 * applications (vendor staff and auditors see them, also on the partner page). The decision
 * columns are held together by CHECKs, so no code path can leave a half-made decision.
 */
@Entity()
@ProgramWide()
@Index('partner_application_reference_key', ['reference'], { unique: true })
@Index('partner_application_created_partner_key', ['createdPartnerId'], { unique: true })
@Index('partner_application_status_idx', ['status', 'createdAt'])
@Index('partner_application_ip_idx', ['ip', 'createdAt'])
@Check('partner_application_capacity_range', 'monthly_capacity BETWEEN 0 AND 1000')
@Check('partner_application_headcount_range', 'headcount_at_start BETWEEN 0 AND 100000')
@Check(
  'partner_application_decision',
  "(status IN ('APPROVED', 'REJECTED')) = (decided_at IS NOT NULL) " +
    "AND (status <> 'APPROVED' OR created_partner_id IS NOT NULL) " +
    "AND (status <> 'REJECTED' OR decision_reason IS NOT NULL)",
)
@ObjectType({ description: 'A prospective partner firm’s application, its scorecard and the decision.' })
export class PartnerApplication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The short reference the applicant was given.' })
  @Column({ type: 'text' })
  reference: string;

  @Field()
  @Column({ type: 'text' })
  firmName: string;

  @Field(() => PartnerKind)
  @Column({ type: 'enum', enum: PartnerKind, enumName: 'partner_kind' })
  kind: PartnerKind;

  @Field()
  @Column({ type: 'text' })
  contactName: string;

  @Field()
  @Column({ type: 'text' })
  contactEmail: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  headcountAtStart: number;

  @Field(() => Int, { description: 'Onboarding slots per month the firm can offer.' })
  @Column({ type: 'integer' })
  monthlyCapacity: number;

  @Field(() => [String])
  @Column(textArray)
  industries: string[];

  @Field(() => [String])
  @Column(textArray)
  productModules: string[];

  @Field(() => [String], { description: 'Prefectures (ISO 3166-2:JP codes).' })
  @Column(textArray)
  regions: string[];

  @Field(() => [String])
  @Column(textArray)
  languages: string[];

  @Field(() => [String])
  @Column(textArray)
  customerSizeBands: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  expansionPlans: string | null;

  @Field(() => PartnerApplicationStatus)
  @Column({
    type: 'enum',
    enum: PartnerApplicationStatus,
    enumName: 'partner_application_status',
    default: PartnerApplicationStatus.SUBMITTED,
  })
  status: PartnerApplicationStatus;

  @Field(() => String, { nullable: true, description: 'The rejection reason, or the approval note.' })
  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decidedByEmail: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner firm an approval created.' })
  @Column({ type: 'uuid', nullable: true })
  createdPartnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_partner_id' })
  createdPartner?: Partner;

  /** The submitting address, kept for the per-address limit only; never exposed. */
  @Column({ type: 'text' })
  ip: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

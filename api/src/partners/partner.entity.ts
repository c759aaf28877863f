import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';

export enum PartnerKind {
  ACCOUNTING_FIRM = 'ACCOUNTING_FIRM',
  TAX_ACCOUNTANT_OFFICE = 'TAX_ACCOUNTANT_OFFICE',
  LABOR_CONSULTANT_OFFICE = 'LABOR_CONSULTANT_OFFICE',
  SYSTEM_INTEGRATOR = 'SYSTEM_INTEGRATOR',
  OTHER = 'OTHER',
}
export enum PartnerStatus {
  APPLICANT = 'APPLICANT',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  OFFBOARDED = 'OFFBOARDED',
}
registerEnumType(PartnerKind, { name: 'PartnerKind' });
registerEnumType(PartnerStatus, { name: 'PartnerStatus' });

const textArray = { type: 'text', array: true, default: () => "'{}'" } as const;

/** A Customer Success Partner firm. A partner user sees only its own row. */
@Entity()
@PartnerScoped('id')
@Check('partner_tier_range', 'tier BETWEEN 1 AND 5')
@Check('partner_headcount_positive', 'headcount_at_start >= 0')
@Index('partner_name_idx', ['name'])
@Index('partner_status_idx', ['status'])
@ObjectType()
export class Partner {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => PartnerKind)
  @Column({ type: 'enum', enum: PartnerKind, enumName: 'partner_kind' })
  kind: PartnerKind;

  @Field(() => PartnerStatus)
  @Column({ type: 'enum', enum: PartnerStatus, enumName: 'partner_status', default: PartnerStatus.APPLICANT })
  status: PartnerStatus;

  @Field(() => Int, { nullable: true, description: 'Certification tier 1 (lowest) … 5, once a tier review set it.' })
  @Column({ type: 'smallint', nullable: true })
  tier: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  headcountAtStart: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => [String], { description: 'Industry codes (see libs/shared program vocabulary).' })
  @Column(textArray)
  industries: string[];

  @Field(() => [String], { description: 'Product module codes.' })
  @Column(textArray)
  productModules: string[];

  @Field(() => [String], { description: 'Prefectures served (ISO 3166-2:JP codes).' })
  @Column(textArray)
  regions: string[];

  @Field(() => [String], { description: 'Languages the firm supports customers in.' })
  @Column(textArray)
  languages: string[];

  @Field(() => [String], { description: 'Customer size bands (employees).' })
  @Column(textArray)
  customerSizeBands: string[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

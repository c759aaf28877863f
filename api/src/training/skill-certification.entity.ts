import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { PartnerScoped } from '../common/access/scoped-query';
import { Partner } from '../partners/partner.entity';
import { Consultant } from './consultant.entity';

export enum CertificationStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  NEEDS_RENEWAL = 'NEEDS_RENEWAL',
  REVOKED = 'REVOKED',
}
registerEnumType(CertificationStatus, { name: 'CertificationStatus' });

/**
 * A consultant certified for a product area. One row per consultant × product area: certifying
 * again renews it. It lapses by itself: `status` is derived from `expiresAt` at read time.
 */
@Entity()
@PartnerScoped('partnerId')
@Index('skill_certification_consultant_area_key', ['consultantId', 'productArea'], { unique: true })
@Index('skill_certification_partner_idx', ['partnerId'])
@Index('skill_certification_product_area_idx', ['productArea'])
@Check('skill_certification_expiry_after_start', 'expires_at > certified_at')
@ObjectType()
export class SkillCertification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partnerRef?: Partner;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  consultantId: string;

  @ManyToOne(() => Consultant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultant_id' })
  consultantRef?: Consultant;

  @Field()
  @Column({ type: 'text' })
  productArea: string;

  @Field()
  @Column({ type: 'timestamptz' })
  certifiedAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  signedOffByEmail: string | null;

  @Field({ description: 'Set when an announcement requires re-certification of the product area.' })
  @Column({ type: 'boolean', default: false })
  needsRenewal: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

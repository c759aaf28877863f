import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { Partner, PartnerStatus } from './partner.entity';

/** One step of a partner's status lifecycle, with its reason: the history on the partner page. */
@Entity()
@PartnerScoped('partnerId')
@Index('partner_status_change_partner_idx', ['partnerId', 'at'])
@ObjectType()
export class PartnerStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Field(() => PartnerStatus, { nullable: true })
  @Column({ type: 'enum', enum: PartnerStatus, enumName: 'partner_status', nullable: true })
  fromStatus: PartnerStatus | null;

  @Field(() => PartnerStatus)
  @Column({ type: 'enum', enum: PartnerStatus, enumName: 'partner_status' })
  toStatus: PartnerStatus;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  changedByEmail: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { Announcement } from './announcement.entity';

/** A partner user's read receipt of an announcement: one per user and announcement. */
@Entity()
@PartnerScoped('partnerId')
@Index('announcement_ack_user_key', ['announcementId', 'userId'], { unique: true })
@Index('announcement_ack_partner_idx', ['partnerId'])
@ObjectType()
export class AnnouncementAcknowledgement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  announcementId: string;

  @ManyToOne(() => Announcement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'announcement_id' })
  announcement?: Announcement;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  userId: string;

  @Field()
  @Column({ type: 'text' })
  userEmail: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { Partner } from '../partners/partner.entity';

/** A regular progress meeting between vendor staff and one partner firm. */
@Entity()
@PartnerScoped('partnerId')
@Index('meeting_partner_date', ['partnerId', 'date'])
@ObjectType()
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  date: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => [String], { description: 'Who attended (names or e-mail addresses).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  attendees: string[];

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field(() => [ID], { description: 'Projects of the firm discussed.' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  projectIds: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  createdByEmail: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Something a meeting decided someone will do by a date. */
@Entity()
@PartnerScoped('partnerId')
@Index('action_item_meeting', ['meetingId'])
@ObjectType()
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'Who does it.' })
  @Column({ type: 'text' })
  owner: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  doneByEmail: string | null;
}

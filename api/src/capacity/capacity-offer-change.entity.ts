import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';

/** Every change of an offer: the history behind the "stable capacity" evidence of tiers. */
@Entity()
@PartnerScoped('partnerId')
@Index('capacity_offer_change_partner_idx', ['partnerId', 'at'])
@ObjectType()
export class CapacityOfferChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'text' })
  productLine: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  previousSlots: number | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  newSlots: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  changedByEmail: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}

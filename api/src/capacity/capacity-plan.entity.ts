import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { Partner } from '../partners/partner.entity';

/** Stored product line of an offer for every line. */
export const ALL_LINES = 'ALL';

/**
 * A partner's offer of onboarding slots for one month (and product line). Assignments consume
 * slots; the database never lets consumption pass the offer.
 */
@Entity()
@PartnerScoped('partnerId')
@Index('capacity_plan_key', ['partnerId', 'month', 'productLine'], { unique: true })
@Check('capacity_plan_slots_range', 'slots_offered BETWEEN 0 AND 1000')
@Check('capacity_plan_consumed_within_offer', 'slots_consumed BETWEEN 0 AND slots_offered')
@Check('capacity_plan_month_first_day', "month = date_trunc('month', month)")
@ObjectType()
export class CapacityPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  /** First day of the month. */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'text', default: ALL_LINES })
  productLine: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  slotsOffered: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  slotsConsumed: number;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  updatedByEmail: string | null;
}

/** The plan an assignment of `productLine` draws from: the line's own, else the one for every line. */
export function poolFor<T extends Pick<CapacityPlan, 'productLine'>>(plans: T[], productLine: string): T | null {
  return plans.find((p) => p.productLine === productLine) ?? plans.find((p) => p.productLine === ALL_LINES) ?? null;
}

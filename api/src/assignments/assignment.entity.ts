import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { CapacityPlan } from '../capacity/capacity-plan.entity';
import { CustomerAccount } from '../customers/customer-account.entity';
import { Partner } from '../partners/partner.entity';
import { Consultant } from '../training/consultant.entity';

export enum AssignmentStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  REASSIGNED = 'REASSIGNED',
  DECLINED = 'DECLINED',
}
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });

export enum AssignmentSource {
  MANUAL = 'MANUAL',
  AUTO = 'AUTO',
}
registerEnumType(AssignmentSource, { name: 'AssignmentSource' });

/**
 * A customer given to a firm and its lead consultant for one month's slot. Ended assignments stay
 * as the customer's history (with who ended them, when and why); at most one is ACTIVE per customer.
 */
@Entity()
@PartnerScoped('partnerId')
@Index('assignment_one_active_per_customer', ['customerId'], { unique: true, where: "status = 'ACTIVE'" })
@Index('assignment_partner_status', ['partnerId', 'status'])
@Index('assignment_customer', ['customerId'])
@Index('assignment_assigned', ['assignedAt'])
@ObjectType()
export class Assignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne(() => CustomerAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerAccount;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  leadConsultantId: string;

  @ManyToOne(() => Consultant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_consultant_id' })
  leadConsultant?: Consultant;

  /** First day of the month whose slot it consumes. */
  @Column({ type: 'date' })
  month: string;

  /** The plan row whose slot it consumes (released when the assignment ends other than completed). */
  @Column({ type: 'uuid' })
  capacityPlanId: string;

  @ManyToOne(() => CapacityPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'capacity_plan_id' })
  capacityPlan?: CapacityPlan;

  @Field(() => AssignmentStatus)
  @Column({ type: 'enum', enum: AssignmentStatus, enumName: 'assignment_status', default: AssignmentStatus.ACTIVE })
  status: AssignmentStatus;

  @Field(() => AssignmentSource)
  @Column({ type: 'enum', enum: AssignmentSource, enumName: 'assignment_source', default: AssignmentSource.MANUAL })
  source: AssignmentSource;

  @Field(() => Float, { nullable: true, description: 'Fit score (0–100) when assigned.' })
  @Column({ type: 'real', nullable: true })
  fit: number | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  assignedByEmail: string | null;

  @Field({ description: 'The firm may decline until then.' })
  @Column({ type: 'timestamptz' })
  declineBy: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  acceptedByEmail: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  endedByEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, reassigned or declined.' })
  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The assignment that replaced this one (REASSIGNED).' })
  @Column({ type: 'uuid', nullable: true })
  replacedById: string | null;
}

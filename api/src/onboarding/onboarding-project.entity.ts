import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { Assignment } from '../assignments/assignment.entity';
import { Partner } from '../partners/partner.entity';
import { Consultant } from '../training/consultant.entity';
import { OnboardingTemplate } from './onboarding-template.entity';

/** One accepted assignment's onboarding: its phases, work logs, open issues. Health is derived. */
@Entity()
@PartnerScoped('partnerId')
@Index('onboarding_project_assignment_key', ['assignmentId'], { unique: true })
@Index('onboarding_project_partner', ['partnerId', 'startDate'])
@Index('onboarding_project_start', ['startDate'])
@ObjectType()
export class OnboardingProject {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Assignment;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  customerId: string;

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

  /** Other consultants of the firm staffed on it. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  teamConsultantIds: string[];

  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => OnboardingTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: OnboardingTemplate;

  @Field({ description: 'YYYY-MM-DD: day 1 of the project.' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  churnedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  churnReason: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  churnedByEmail: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { OnboardingProject } from './onboarding-project.entity';

export enum EscalationCategory {
  PRODUCT_QUESTION = 'PRODUCT_QUESTION',
  DEFECT = 'DEFECT',
  DATA_PROBLEM = 'DATA_PROBLEM',
  OTHER = 'OTHER',
}
registerEnumType(EscalationCategory, { name: 'EscalationCategory' });

/** A firm's request for vendor help on a project. Counted against the firm's autonomy. */
@Entity()
@PartnerScoped('partnerId')
@Index('escalation_project', ['projectId'])
@Index('escalation_open', ['createdAt'], { where: 'resolved_at IS NULL' })
// The inbox's order (`EscalationsService.list`), on expressions: created by migration
// 1795484097128-ListQueryPlanIndexes, which TypeORM cannot describe (so it leaves it alone).
@Index('escalation_inbox', { synchronize: false })
@ObjectType()
export class Escalation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => OnboardingProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: OnboardingProject;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  @Field(() => EscalationCategory)
  @Column({ type: 'enum', enum: EscalationCategory, enumName: 'escalation_category' })
  category: EscalationCategory;

  @Field()
  @Column({ type: 'text' })
  subject: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  raisedByEmail: string | null;

  @Field(() => Date, { nullable: true, description: 'When vendor staff first answered.' })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  resolvedByEmail: string | null;
}

/** A message of an escalation's conversation, from the firm or the vendor. */
@Entity()
@PartnerScoped('partnerId')
@Index('escalation_message_escalation', ['escalationId', 'createdAt'])
@ObjectType()
export class EscalationMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  escalationId: string;

  @ManyToOne(() => Escalation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id' })
  escalation?: Escalation;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Field({ description: 'true: written by vendor staff.' })
  @Column({ type: 'boolean' })
  fromVendor: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  authorEmail: string | null;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

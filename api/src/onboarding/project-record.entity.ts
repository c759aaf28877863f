import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { OnboardingProject } from './onboarding-project.entity';

export enum WorkKind {
  REQUIREMENTS_ADVICE = 'REQUIREMENTS_ADVICE',
  OPERATION_LECTURE = 'OPERATION_LECTURE',
  ISSUE_RESOLUTION = 'ISSUE_RESOLUTION',
}
registerEnumType(WorkKind, {
  name: 'WorkKind',
  description: 'Business inventory and requirements advice, operation lecture and Q&A, remaining-issue resolution.',
});

/** A work session the firm held for the customer. */
@Entity()
@PartnerScoped('partnerId')
@Index('work_log_project', ['projectId', 'date'])
@Check('work_log_hours', 'hours > 0 AND hours <= 24')
@ObjectType()
export class WorkLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => OnboardingProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: OnboardingProject;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Field(() => WorkKind)
  @Column({ type: 'enum', enum: WorkKind, enumName: 'work_kind' })
  kind: WorkKind;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  date: string;

  @Field(() => Float)
  @Column({
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  hours: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  loggedByEmail: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An open issue the firm keeps on the project until it is resolved. */
@Entity()
@PartnerScoped('partnerId')
@Index('project_issue_project', ['projectId'])
@ObjectType()
export class ProjectIssue {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => OnboardingProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: OnboardingProject;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  openedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  openedByEmail: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  resolvedByEmail: string | null;
}

/** What happened on a project, in order: the timeline. */
@Entity()
@PartnerScoped('partnerId')
@Index('project_event_project', ['projectId', 'at'])
@ObjectType()
export class ProjectEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => OnboardingProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: OnboardingProject;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'OPENED, PHASE_COMPLETED, PHASE_REOPENED, WORK_LOGGED, ISSUE_OPENED, ISSUE_RESOLVED, CHURNED' })
  @Column({ type: 'text' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'What the event concerns (phase name, issue title, reason…).' })
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  byEmail: string | null;
}

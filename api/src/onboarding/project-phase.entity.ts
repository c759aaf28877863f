import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { OnboardingProject } from './onboarding-project.entity';

/** A project's copy of a template phase, with its due date and completion. */
@Entity()
@PartnerScoped('partnerId')
@Index('project_phase_key', ['projectId', 'position'], { unique: true })
@Index('project_phase_due', ['dueDate'])
@Index('project_phase_partner_due', ['partnerId', 'dueDate'])
@Index('project_phase_completed', ['completedOn'])
@ObjectType()
export class ProjectPhase {
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

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  nameEn: string;

  @Field()
  @Column({ type: 'text' })
  nameJa: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  dueDate: string;

  @Field({ description: 'Completing it sends the customer a survey.' })
  @Column({ type: 'boolean', default: false })
  surveyOnCompletion: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  completedByEmail: string | null;
}

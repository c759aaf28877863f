import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

/**
 * One version of the onboarding template. Editing writes a new version; projects keep the
 * version they started with. Exactly one version is current.
 */
@Entity()
@ProgramWide()
@Index('onboarding_template_version_key', ['version'], { unique: true })
@Index('onboarding_template_one_current', ['current'], { unique: true, where: 'current' })
@ObjectType()
export class OnboardingTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  current: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  createdByEmail: string | null;
}

/** A phase of a template version: "complete by day X" of the project. */
@Entity()
@ProgramWide()
@Index('template_phase_key', ['templateId', 'position'], { unique: true })
@Check('template_phase_due_day', 'due_day BETWEEN 1 AND 730')
@ObjectType()
export class TemplatePhase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => OnboardingTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: OnboardingTemplate;

  @Field(() => Int, { description: 'Order of the phase, from 1.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  nameEn: string;

  @Field()
  @Column({ type: 'text' })
  nameJa: string;

  @Field({ description: 'Completing it sends the customer a survey.' })
  @Column({ type: 'boolean', default: false })
  surveyOnCompletion: boolean;

  @Field(() => Int, { description: 'Complete by this day of the project (day 1 = start date).' })
  @Column({ type: 'smallint' })
  dueDay: number;
}

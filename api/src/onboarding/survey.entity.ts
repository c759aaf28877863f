import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { OnboardingProject } from './onboarding-project.entity';

export enum SurveyKind {
  PHASE = 'PHASE',
  END = 'END',
}
registerEnumType(SurveyKind, { name: 'SurveyKind', description: 'After a phase, or at the end of the project.' });

/**
 * A one-time survey of the customer contact, created when a phase marked for it (or the last one)
 * completes. The link carries a random token; it answers once and expires.
 */
@Entity()
@PartnerScoped('partnerId')
@Index('survey_token_key', ['token'], { unique: true })
@Index('survey_project', ['projectId'])
@Index('survey_partner_answered', ['partnerId', 'answeredAt'])
@Check('survey_csat', 'csat IS NULL OR csat BETWEEN 1 AND 5')
@Check('survey_nps', 'nps IS NULL OR nps BETWEEN 0 AND 10')
@Check('survey_answered_whole', '(answered_at IS NULL) = (csat IS NULL) AND (answered_at IS NULL) = (nps IS NULL)')
@ObjectType()
export class Survey {
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

  @Field(() => SurveyKind)
  @Column({ type: 'enum', enum: SurveyKind, enumName: 'survey_kind' })
  kind: SurveyKind;

  @Field(() => Int, { nullable: true, description: 'Position of the phase it follows (PHASE surveys).' })
  @Column({ type: 'smallint', nullable: true })
  phasePosition: number | null;

  /** The secret of the link; only the firm and the vendor see it, to pass it on. */
  @Column({ type: 'text' })
  token: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'CSAT 1–5.' })
  @Column({ type: 'smallint', nullable: true })
  csat: number | null;

  @Field(() => Int, { nullable: true, description: 'NPS answer 0–10.' })
  @Column({ type: 'smallint', nullable: true })
  nps: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  worries: string | null;

  @Field(() => String, { nullable: true, description: 'The customer’s evaluation of the support.' })
  @Column({ type: 'text', nullable: true })
  evaluation: string | null;
}

import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';
import { PartnerApplication } from './partner-application.entity';

/** The six selection criteria of DESIGN.md, in the order the scorecard shows them. */
export enum SelectionCriterion {
  DOMAIN_EXPERTISE = 'DOMAIN_EXPERTISE',
  PROJECT_MANAGEMENT = 'PROJECT_MANAGEMENT',
  COMMUNICATION = 'COMMUNICATION',
  HEADCOUNT_AT_START = 'HEADCOUNT_AT_START',
  STABLE_MONTHLY_CAPACITY = 'STABLE_MONTHLY_CAPACITY',
  WILLINGNESS_TO_EXPAND = 'WILLINGNESS_TO_EXPAND',
}
registerEnumType(SelectionCriterion, { name: 'SelectionCriterion' });

export const SELECTION_CRITERIA = Object.values(SelectionCriterion);

/**
 * One criterion's score on one application. A row per (application, criterion) rather than a
 * JSON column: the database itself holds the 1–5 range (CHECK) and "one score per criterion"
 * (UNIQUE, the target of the re-scoring upsert), and "all six scored" is a plain count.
 */
@Entity('partner_application_score')
@ProgramWide()
@Index('partner_application_score_key', ['applicationId', 'criterion'], { unique: true })
@Check('partner_application_score_range', 'score BETWEEN 1 AND 5')
@ObjectType()
export class ApplicationScore {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => PartnerApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: PartnerApplication;

  @Field(() => SelectionCriterion)
  @Column({ type: 'enum', enum: SelectionCriterion, enumName: 'selection_criterion' })
  criterion: SelectionCriterion;

  @Field(() => Int, { description: '1 (weak) … 5 (excellent).' })
  @Column({ type: 'smallint' })
  score: number;

  @Field()
  @Column({ type: 'text' })
  note: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  scoredByEmail: string | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  scoredAt: Date;
}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PartnerScoped } from '../common/access/scoped-query';
import { Partner } from '../partners/partner.entity';
import { Consultant } from './consultant.entity';
import { TrainingModule } from './training-module.entity';

export enum TrainingStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(TrainingStatus, { name: 'TrainingStatus' });

/** A consultant's progress on one module: one row per consultant × module. */
@Entity()
@PartnerScoped('partnerId')
@Index('training_record_consultant_module_key', ['consultantId', 'moduleId'], { unique: true })
@Index('training_record_partner_idx', ['partnerId'])
@Index('training_record_module_idx', ['moduleId'])
@Check('training_record_score_range', 'score BETWEEN 0 AND 100')
@ObjectType()
export class TrainingRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partnerRef?: Partner;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  consultantId: string;

  @ManyToOne(() => Consultant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultant_id' })
  consultantRef?: Consultant;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => TrainingModule, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id' })
  moduleRef?: TrainingModule;

  @Field(() => TrainingStatus)
  @Column({ type: 'enum', enum: TrainingStatus, enumName: 'training_status' })
  status: TrainingStatus;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) of the step recorded.' })
  @Column({ type: 'date', nullable: true })
  date: string | null;

  @Field(() => Int, { nullable: true, description: '0–100, where the module has a score.' })
  @Column({ type: 'smallint', nullable: true })
  score: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  recordedByEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Vendor staff who confirmed a role-play or OJT result.' })
  @Column({ type: 'text', nullable: true })
  confirmedByEmail: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

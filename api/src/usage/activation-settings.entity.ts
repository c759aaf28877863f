import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

/** The program's one row of activation settings (created by the migration). */
@Entity()
@ProgramWide()
@Check('activation_settings_single_row', 'id = 1')
@Check('activation_settings_threshold_range', 'threshold BETWEEN 1 AND 100')
@Check('activation_settings_window_range', 'window_days BETWEEN 1 AND 365')
@ObjectType()
export class ActivationSettings {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Field(() => Int, { description: 'Utilization (0–100) at which a customer counts as activated.' })
  @Column({ type: 'smallint', default: 60 })
  threshold: number;

  @Field(() => Int, { description: 'Activation counts within this many days of the project start (day 1).' })
  @Column({ type: 'smallint', default: 90 })
  windowDays: number;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  updatedByEmail: string | null;
}

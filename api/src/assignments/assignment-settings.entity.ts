import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

/** The components of a fit score, each weighed by the program's settings. */
export const FIT_COMPONENTS = ['industry', 'products', 'certified', 'region', 'tier', 'capacity'] as const;
export type FitComponent = (typeof FIT_COMPONENTS)[number];

/** The program's one row of assignment settings: recommendation weights and the decline window. */
@Entity()
@ProgramWide()
@Check('assignment_settings_single_row', 'id = 1')
@Check(
  'assignment_settings_weights_range',
  'weight_industry BETWEEN 0 AND 100 AND weight_products BETWEEN 0 AND 100 AND weight_certified BETWEEN 0 AND 100 ' +
    'AND weight_region BETWEEN 0 AND 100 AND weight_tier BETWEEN 0 AND 100 AND weight_capacity BETWEEN 0 AND 100',
)
@Check('assignment_settings_decline_days', 'decline_window_days BETWEEN 0 AND 30')
@ObjectType()
export class AssignmentSettings {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Field(() => Int, { description: 'Industry the firm knows.' })
  @Column({ type: 'smallint', default: 20 })
  weightIndustry: number;

  @Field(() => Int, { description: 'Product modules among the firm’s strengths.' })
  @Column({ type: 'smallint', default: 20 })
  weightProducts: number;

  @Field(() => Int, { description: 'Consultants certified for the customer’s products.' })
  @Column({ type: 'smallint', default: 20 })
  weightCertified: number;

  @Field(() => Int, { description: 'The customer’s prefecture among the firm’s regions.' })
  @Column({ type: 'smallint', default: 15 })
  weightRegion: number;

  @Field(() => Int, { description: 'Certification tier.' })
  @Column({ type: 'smallint', default: 15 })
  weightTier: number;

  @Field(() => Int, { description: 'Share of the month’s slots still free.' })
  @Column({ type: 'smallint', default: 10 })
  weightCapacity: number;

  @Field(() => Int, { description: 'Days a firm has to decline a new assignment.' })
  @Column({ type: 'smallint', default: 5 })
  declineWindowDays: number;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  updatedByEmail: string | null;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

/** The program's one row of statement settings (created by the migration). */
@Entity()
@ProgramWide()
@Check('statement_settings_single_row', 'id = 1')
@Check('statement_settings_base_fee_range', 'base_fee BETWEEN 0 AND 100000000')
@ObjectType()
export class StatementSettings {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Field(() => Int, { description: 'Yen paid for one completed onboarding before the tier’s reward rate.' })
  @Column({ type: 'int', default: 100000 })
  baseFee: number;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  updatedByEmail: string | null;
}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProgramWide } from '../common/access/scoped-query';

export enum AssignmentBatchState {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(AssignmentBatchState, { name: 'AssignmentBatchState' });

/**
 * Progress of applying an auto-assignment proposal. Written outside the batch's own transaction
 * (which others cannot see until it commits), so any API instance can report it while it runs.
 */
@Entity()
@ProgramWide()
@ObjectType()
export class AssignmentBatch {
  @Field(() => ID, { description: 'Chosen by the client that applies the batch.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  total: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  done: number;

  @Field(() => AssignmentBatchState)
  @Column({ type: 'enum', enum: AssignmentBatchState, enumName: 'assignment_batch_state' })
  state: AssignmentBatchState;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import { Field, ObjectType } from '@nestjs/graphql';
import { Assignment } from '../assignment.entity';
import { AssignmentBatch } from '../assignment-batch.entity';

/** A batch applied in one transaction. */
@ObjectType()
export class AppliedAssignments {
  @Field(() => AssignmentBatch) batch: AssignmentBatch;
  @Field(() => [Assignment]) assignments: Assignment[];

  constructor(batch: AssignmentBatch, assignments: Assignment[]) {
    this.batch = batch;
    this.assignments = assignments;
  }
}

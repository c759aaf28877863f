import { Field, Int, ObjectType } from '@nestjs/graphql';

/** What a committed import did. */
@ObjectType()
export class CustomerImportSummary {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;

  constructor(created: number, updated: number) {
    this.created = created;
    this.updated = updated;
  }
}

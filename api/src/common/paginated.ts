import { Field, Int, ObjectType } from '@nestjs/graphql';

type Class<T> = new (...args: never[]) => T;

/** `{ items, totalItems }` list type for a GraphQL object, named `<Name>List`. */
export function Paginated<T>(item: Class<T>, name: string) {
  @ObjectType(`${name}List`)
  abstract class List {
    @Field(() => [item]) items: T[];
    @Field(() => Int) totalItems: number;
  }
  return List;
}

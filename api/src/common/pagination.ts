import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { I18N } from './errors/input-validation';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export const MAX_TAKE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, nullable: true })
  @IsInt(I18N)
  @Min(0, I18N)
  skip = 0;

  @Field(() => Int, { defaultValue: 25, nullable: true })
  @IsInt(I18N)
  @Min(1, I18N)
  @Max(MAX_TAKE, I18N)
  take = 25;
}

export interface Page<T> {
  items: T[];
  totalItems: number;
}

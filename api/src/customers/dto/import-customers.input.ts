import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { I18N } from '../../common/errors/input-validation';

/** At most 1.5 MB of CSV text (about 10,000 rows); the request body limit is 2 MB. */
export const IMPORT_MAX_CHARS = 1_500_000;

@InputType()
export class ImportCustomersInput {
  @Field({ description: 'CSV text with a header row (see the import page for the columns).' })
  @IsNotEmpty(I18N)
  @MaxLength(IMPORT_MAX_CHARS, I18N)
  csv: string;
}

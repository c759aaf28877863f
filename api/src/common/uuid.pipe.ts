import { Injectable, type PipeTransform } from '@nestjs/common';
import type { ValidationError } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InputValidationFault } from './errors/input-validation';

/** `@Args('id', { type: () => ID }, UuidPipe)`: an id that is not a UUID is bad input, not a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, meta: { data?: string }): string {
    if (isUUID(value)) return value;
    const error = { property: meta.data ?? 'id', constraints: { isUUID: '[]' }, children: [] } as ValidationError;
    throw new InputValidationFault([error]);
  }
}

import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ValidationArguments, ValidationOptions } from 'class-validator';
import { FaultCode, type Locale } from '@baton/shared';
import { translate } from '../i18n/messages';
import { Fault, type FieldError } from './fault';

/**
 * Pass to every class-validator decorator: `@MinLength(12, I18N)`. The message then carries the
 * constraint's arguments, and is rendered in the caller's language when the fault is reported.
 */
export const I18N: ValidationOptions = {
  message: (args: ValidationArguments) => JSON.stringify(args.constraints ?? []),
};

export class InputValidationFault extends Fault {
  constructor(readonly errors: ValidationError[]) {
    super(FaultCode.BAD_USER_INPUT, 'fault.badInput');
  }

  fieldErrors(locale: Locale): FieldError[] {
    return flatten(this.errors).map(({ field, type, message }) => {
      const field_ = translate(locale, `field.${field.split('.').pop()}`);
      let params: string[] = [];
      try {
        params = (JSON.parse(message) as unknown[]).map(String);
      } catch {
        params = [];
      }
      const key =
        translate(locale, `validation.${type}`) === `validation.${type}` ? 'validation.default' : `validation.${type}`;
      return { field, message: translate(locale, key, { ...Object.fromEntries(params.entries()), field: field_ }) };
    });
  }
}

/** One message per field: "required" when it applies (a missing value breaks every other rule too), else the first. */
function flatten(errors: ValidationError[], prefix = ''): { field: string; type: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix + e.property;
    const entries = Object.entries(e.constraints ?? {});
    const [type, message] = entries.find(([t]) => t === 'isNotEmpty') ?? entries[0] ?? [];
    const own = type ? [{ field, type, message: message! }] : [];
    return [...own, ...flatten(e.children ?? [], `${field}.`)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => new InputValidationFault(errors),
  });
}

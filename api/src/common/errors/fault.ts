import type { FaultCode } from '@baton/shared';

/** A request-level failure (not a business outcome): carried as `extensions.code`, message localized. */
export class Fault extends Error {
  constructor(
    readonly code: FaultCode,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(messageKey);
  }
}

export interface FieldError {
  field: string;
  message: string;
}

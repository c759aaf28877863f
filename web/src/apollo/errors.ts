import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FaultCode } from '@baton/shared';

export interface FieldError {
  field: string;
  message: string;
}

export type FieldErrors = Record<string, string>;

function graphQLErrors(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The first `extensions.code` of a failed request (see `FaultCode`). */
export function faultCodeOf(error: unknown): string | undefined {
  for (const e of graphQLErrors(error)) {
    const code = e.extensions?.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** The server's (already localized) message of the first GraphQL error. */
export function faultMessageOf(error: unknown): string | undefined {
  return graphQLErrors(error)[0]?.message;
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

/** `BAD_USER_INPUT` field errors keyed by input property name (first message per field). */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const e of graphQLErrors(error)) {
    if (e.extensions?.code !== FaultCode.BAD_USER_INPUT) continue;
    const list = e.extensions?.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (isFieldError(item) && !(item.field in result)) result[item.field] = item.message;
    }
  }
  return result;
}

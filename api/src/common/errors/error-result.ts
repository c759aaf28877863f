import { createUnionType, Field, InterfaceType, registerEnumType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../context/request-context';
import { translate } from '../i18n/messages';

registerEnumType(ErrorCode, { name: 'ErrorCode' });

/** An expected business failure the client can switch on (`__typename` / `errorCode`). */
@InterfaceType()
export abstract class ErrorResult {
  @Field(() => ErrorCode) errorCode: ErrorCode;
  @Field() message: string;

  constructor(ctx: RequestContext, errorCode: ErrorCode, key: string, params: Record<string, string | number> = {}) {
    this.errorCode = errorCode;
    this.message = translate(ctx.locale, key, params);
  }
}

export function isErrorResult(value: unknown): value is ErrorResult {
  return value instanceof ErrorResult;
}

type Class = abstract new (...args: never[]) => object;

/** A result union resolved by class: `User | EmailAlreadyUsedError | …`. */
export function resultUnion<T extends readonly [Class, ...Class[]]>(name: string, types: () => T) {
  return createUnionType({
    name,
    types: types as never,
    resolveType: (value: object) => types().find((t) => value instanceof t),
  });
}

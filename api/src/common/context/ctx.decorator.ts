import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from './request-context';

export interface GraphQLContext {
  ctx: RequestContext;
}

export function requestContextOf(context: ExecutionContext): RequestContext | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().ctx;
  }
  return undefined;
}

/** Injects the request's `RequestContext` into a resolver method. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) => requestContextOf(context));

import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DEFAULT_LOCALE, FaultCode } from '@baton/shared';
import type { GraphQLContext } from '../context/ctx.decorator';
import { translate } from '../i18n/messages';
import { Fault } from './fault';
import { InputValidationFault } from './input-validation';

/** Faults are mapped here, once: known ones keep a localized message, anything else becomes a bare 500. */
@Catch()
export class FaultFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Fault');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') {
      if (exception instanceof HttpException) {
        const res = host.switchToHttp().getResponse();
        return res
          .status(exception.getStatus())
          .json({ statusCode: exception.getStatus(), message: exception.message });
      }
      this.logger.error(exception);
      return host.switchToHttp().getResponse().status(500).json({ statusCode: 500 });
    }
    const ctx = GqlArgumentsHost.create(host).getContext<GraphQLContext>()?.ctx;
    const locale = ctx?.locale ?? DEFAULT_LOCALE;
    if (exception instanceof InputValidationFault) {
      return new GraphQLError(translate(locale, exception.messageKey), {
        extensions: { code: exception.code, fieldErrors: exception.fieldErrors(locale) },
      });
    }
    if (exception instanceof Fault) {
      return new GraphQLError(translate(locale, exception.messageKey, exception.params), {
        extensions: { code: exception.code, ...exception.extensions },
      });
    }
    // A resolver abandoned by graphql-js may fail once the request has ended (its partner's read
    // transaction ended with it): the response has left, there is no one to tell and nothing to fix.
    if (ctx?.ended) return new GraphQLError(translate(locale, 'fault.internal'));
    if (isUnstorableText(exception)) {
      return new GraphQLError(translate(locale, 'fault.badInput'), { extensions: { code: FaultCode.BAD_USER_INPUT } });
    }
    this.logger.error(`request ${ctx?.requestId ?? '-'}: ${(exception as Error)?.stack ?? String(exception)}`);
    return new GraphQLError(translate(locale, 'fault.internal'), {
      extensions: { code: FaultCode.INTERNAL_SERVER_ERROR, requestId: ctx?.requestId },
    });
  }
}

/**
 * PostgreSQL text cannot hold a NUL character (22021, "invalid byte sequence"); the only text the
 * app sends is what callers typed, so it is their input, whichever field carried it.
 */
function isUnstorableText(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '22021';
}

import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { type ASTVisitor, GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { DataSource } from 'typeorm';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_LOCALE, FaultCode, isPartnerRole, parseLocale } from '@baton/shared';
import { firmScopedReader } from '../common/access/firm-scope';
import { type IntegrationKeyResolver, RequestContext } from '../common/context/request-context';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE, type SessionService } from '../identity/session.service';
import type { ResolverCounter } from './resolver-counter';

const logger = new Logger('GraphQL');

/** Limits every request must pass before any resolver runs (parse and validation phases). */
export const LIMITS = { maxDepth: 8, maxAliases: 15, maxTokens: 2000, maxDirectives: 10, maxCost: 1000 };

/** Ends what the request context holds (a partner user's read transaction) before the answer leaves. */
const endOfRequest: ApolloServerPlugin<{ ctx?: RequestContext }> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ contextValue }) => contextValue.ctx?.end(),
  }),
};

/**
 * graphql-armor's directive count remembers a fragment's count but drops the directives written
 * on later spreads of it, so `...F @include(if: true)` repeated any number of times counted as
 * one. This rule counts every directive as written in the document, spreads included.
 */
export const maxDirectivesAsWritten =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => {
    let found = 0;
    return {
      Directive: () => {
        found++;
      },
      Document: {
        leave: () => {
          if (found > max)
            context.reportError(new GraphQLError(`Directives limit of ${max} exceeded, found ${found}.`));
        },
      },
    };
  };

/** The armor's validation rules and plugins (exported so a test can validate documents as the server does). */
export function armorProtection(config: Pick<AppConfig, 'production'>) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    // Counted by graphql-js as it parses instead (`parseOptions` below): armor's parser plugin turns
    // every syntax error, not only this limit, into an unexpected error, answered with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  return { ...armor, validationRules: [...armor.validationRules, maxDirectivesAsWritten(LIMITS.maxDirectives)] };
}

/**
 * graphql-js quotes a variable's whole value when any part of it is invalid, so a misspelled field
 * beside a password would send the password back (and on into client error reports). Keeps the
 * variable, the path and the reason, drops the value.
 */
export function withoutEchoedValue(message: string, error: unknown): string {
  const variable = /^Variable "\$\w+" got invalid value /.exec(message);
  const reason = error instanceof GraphQLError ? error.originalError?.message : undefined;
  if (!variable || !reason || !message.endsWith(`; ${reason}`)) return message;
  const path = / at "[\w.[\]]+"$/.exec(message.slice(0, -reason.length - 2))?.[0] ?? '';
  return `${variable[0].trimEnd()}${path}; ${reason}`;
}

export function graphqlOptions(
  config: AppConfig,
  sessions: SessionService,
  dataSource: DataSource,
  counter: ResolverCounter,
  integrationKeys: IntegrationKeyResolver = async () => null,
  observability: ApolloServerPlugin<{ ctx?: RequestContext }> | null = null,
): ApolloDriverConfig {
  const armor = armorProtection(config);

  return {
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards', 'filters'],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // Apollo ships ESM and CJS typings of the same plugin type; the values are the same.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; left on, it would wrap every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      endOfRequest,
      ...(config.countResolvers ? [counter.plugin()] : []),
      ...(observability ? [observability] : []),
    ] as unknown as ApolloDriverConfig['plugins'],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const code = formatted.extensions?.code;
      if (code === FaultCode.INTERNAL_SERVER_ERROR && !formatted.extensions?.requestId) {
        logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        return { message: 'Internal server error', extensions: { code } };
      }
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: withoutEchoedValue(formatted.message, error), extensions };
    },
    context: async ({ req, res }: { req: Request; res: Response }) => {
      // An `Authorization` header means an integration's API key: the session cookie is then ignored.
      const authorization = req.headers.authorization;
      const secret = authorization === undefined ? null : (/^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? '');
      const integration = secret ? await integrationKeys(secret) : null;
      const user = secret === null ? await sessions.resolve(req.cookies?.[SESSION_COOKIE]) : null;
      const locale = parseLocale(req.headers['accept-language']) ?? user?.locale ?? DEFAULT_LOCALE;
      // A partner user's reads run in one transaction under row-level security (firm-scope.ts).
      const reader =
        config.rowLevelSecurity && user?.partnerId && isPartnerRole(user.role)
          ? firmScopedReader(dataSource, user.partnerId)
          : null;
      const manager = reader?.manager ?? dataSource.manager;
      const ctx = new RequestContext(randomUUID(), locale, user, manager, req.ip ?? 'unknown', req, res);
      if (reader) ctx.onEnd(() => reader.release());
      ctx.integration = integration;
      ctx.rejectedKey = secret !== null && integration === null;
      return { ctx };
    },
  };
}

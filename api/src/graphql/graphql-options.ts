import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { DEFAULT_LOCALE, FaultCode, parseLocale } from '@baton/shared';
import { type IntegrationKeyResolver, RequestContext } from '../common/context/request-context';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE, type SessionService } from '../identity/session.service';
import type { ResolverCounter } from './resolver-counter';

const logger = new Logger('GraphQL');

/** Limits every request must pass before any resolver runs (validation phase). */
export const LIMITS = { maxDepth: 8, maxAliases: 15, maxTokens: 2000, maxDirectives: 10, maxCost: 1000 };

export function graphqlOptions(
  config: AppConfig,
  sessions: SessionService,
  dataSource: DataSource,
  counter: ResolverCounter,
  integrationKeys: IntegrationKeyResolver = async () => null,
): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();

  return {
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards', 'interceptors', 'filters'],
    validationRules: armor.validationRules,
    // Apollo ships ESM and CJS typings of the same plugin type; the values are the same.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      ...(config.countResolvers ? [counter.plugin()] : []),
    ] as unknown as ApolloDriverConfig['plugins'],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const code = formatted.extensions?.code;
      if (code === FaultCode.INTERNAL_SERVER_ERROR && !formatted.extensions?.requestId) {
        logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        return { message: 'Internal server error', extensions: { code } };
      }
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    },
    context: async ({ req, res }: { req: Request; res: Response }) => {
      // An `Authorization` header means an integration's API key: the session cookie is then ignored.
      const authorization = req.headers.authorization;
      const secret = authorization === undefined ? null : (/^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? '');
      const integration = secret ? await integrationKeys(secret) : null;
      const user = secret === null ? await sessions.resolve(req.cookies?.[SESSION_COOKIE]) : null;
      const locale = parseLocale(req.headers['accept-language']) ?? user?.locale ?? DEFAULT_LOCALE;
      const ctx = new RequestContext(randomUUID(), locale, user, dataSource.manager, req.ip ?? 'unknown', req, res);
      ctx.integration = integration;
      ctx.rejectedKey = secret !== null && integration === null;
      return { ctx };
    },
  };
}

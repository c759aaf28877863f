import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/app-config';

/** Room for a customer CSV import (1.5 MB of text) inside a JSON body. */
export const BODY_LIMIT = '2mb';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A JSON body can carry half of a UTF-16 pair (`"\ud800"`). PostgreSQL's text columns store it as
 * U+FFFD, but `jsonb` (the audit log's before and after, usage metrics) refuses it and the request
 * failed: every string is made well-formed once, here, the way the text columns already see it.
 */
const wellFormed = (_key: string, value: unknown) =>
  typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : value;

/** The Nest app with its HTTP hardening and, when built, the portal served beside `/graphql`. */
export async function createApp(config: AppConfig & { databaseUrl: string }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: process.env.BATON_QUIET === 'true' ? ['error'] : ['warn', 'error'],
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: BODY_LIMIT, reviver: wellFormed });
  app.use(cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'upgrade-insecure-requests': null, 'style-src': ["'self'", "'unsafe-inline'"] },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.disable('x-powered-by');
  // No ETag hashed over every GraphQL answer (POSTs are never revalidated); static files keep theirs.
  app.set('etag', false);
  if (config.trustProxy)
    app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  app.enableShutdownHooks();
  if (existsSync(join(config.webDistDir, 'index.html'))) serveWeb(app, config.webDistDir);
  return app;
}

function serveWeb(app: NestExpressApplication, dir: string) {
  app.useStaticAssets(dir, { index: false, maxAge: '1h', setHeaders: noCacheForHtml });
  const index = join(dir, 'index.html');
  // Client-side routes fall back to the SPA; API paths never do.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || /^\/(graphql|health|metrics)/.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function noCacheForHtml(res: Response, path: string) {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
  else if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}

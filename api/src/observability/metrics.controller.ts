import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, PUBLIC } from '../common/access/allow.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Observability } from './observability.service';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** `Authorization: Bearer <token>` against the configured token, in constant time. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

/**
 * Prometheus scrapes `GET /metrics` with the token of BATON_METRICS_TOKEN; without one configured
 * the route is not registered at all (404). Sessions do not open it: a scraper has none.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly observability: Observability,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Allow(PUBLIC)
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const { metrics } = this.observability;
    if (!metrics || !this.config.metricsToken) throw new NotFoundException();
    if (!bearerMatches(authorization, this.config.metricsToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type(metrics.contentType).send(await metrics.text());
  }
}

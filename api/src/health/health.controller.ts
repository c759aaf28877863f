import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow, PUBLIC } from '../common/access/allow.decorator';

/** Liveness (`/health/live`) and readiness (`/health`: the database answers). */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('live')
  @Allow(PUBLIC)
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get()
  @Allow(PUBLIC)
  async ready(@Res({ passthrough: true }) res: Response) {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      res.status(503);
      return { status: 'unavailable', database: 'down' };
    }
  }
}

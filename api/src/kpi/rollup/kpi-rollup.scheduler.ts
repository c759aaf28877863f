import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { KpiRollupService } from './kpi-rollup.service';

/**
 * Rebuilds the roll-ups at start and then every `kpiRollupSeconds` (BATON_KPI_ROLLUP_SECONDS,
 * 300 by default; 0 = never, as in the API tests). The program dashboard's figures are thus at
 * most that old plus one rebuild; after midnight it reads live until the next rebuild.
 */
@Injectable()
export class KpiRollupScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('KpiRollups');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly rollups: KpiRollupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.kpiRollupSeconds <= 0) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.config.kpiRollupSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.rollups
      .refresh()
      .then((state) => {
        if (state) this.logger.log(`KPI roll-ups rebuilt for ${state.asOfDay} in ${state.durationMs} ms`);
      })
      .catch((error: unknown) => this.logger.error(`KPI roll-ups not rebuilt: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
  }
}

import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The one source of "now" for date-driven rules (project health, decline windows to come), so
 * tests can move the calendar instead of waiting for it.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Today as YYYY-MM-DD (UTC). */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  /** Tests: freeze the clock at a moment (null: real time again). */
  set(at: Date | null): void {
    this.fixed = at;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}

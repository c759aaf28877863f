import { inspect } from 'node:util';
import { Logger, type LogLevel } from '@nestjs/common';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const ALL_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export interface LogCapture {
  /** Everything written so far, one string. */
  text(): string;
  restore(): void;
}

/**
 * Captures (and keeps off the terminal) everything the process writes: stdout and stderr, the
 * console, and Nest's logger opened to every level — the suites otherwise run quiet (see
 * `../quiet.ts`), which would hide a leak instead of exposing it. Start it before the app is
 * created, so loggers that keep a reference to a console method keep ours.
 */
export function captureLogs(): LogCapture {
  const written: string[] = [];
  const record = (chunk: unknown) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
  };
  const stdout = process.stdout.write;
  const stderr = process.stderr.write;
  const fake = ((chunk: unknown, ...rest: unknown[]) => {
    record(chunk);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = fake;
  process.stderr.write = fake;
  const originals = CONSOLE_METHODS.map((m) => [m, console[m]] as const);
  for (const m of CONSOLE_METHODS) {
    console[m] = (...args: unknown[]) => {
      for (const a of args) record(typeof a === 'string' ? a : inspect(a, { depth: 8 }));
    };
  }
  return {
    text: () => written.join('\n'),
    restore() {
      process.stdout.write = stdout;
      process.stderr.write = stderr;
      for (const [m, f] of originals) console[m] = f as never;
    },
  };
}

/** Nest's logger at every level (the app is created with errors only); call after creating the app. */
export function openAllLogLevels(): void {
  Logger.overrideLogger(ALL_LEVELS);
}

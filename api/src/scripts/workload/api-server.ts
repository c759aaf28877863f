import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** The built server next to this file once compiled (dist/scripts/workload → dist/main.js). */
export const BUILT_MAIN = resolve(__dirname, '..', '..', 'main.js');

export interface ApiServerOptions {
  /** `dist/main.js` of a build. */
  mainJs: string;
  databaseUrl: string;
  port: number;
  env?: Record<string, string>;
}

const OUTPUT_KEPT = 64 * 1024;

/**
 * The built API as a child process (`node dist/main.js`), the way it runs in production: started,
 * awaited on `GET /health`, and stopped gracefully or killed outright. What it printed is kept (the
 * tail) to explain a failed start.
 */
export class ApiServer {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private output = '';
  private readonly killOnExit = () => this.child?.kill('SIGKILL');

  constructor(private readonly options: ApiServerOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** Starts the process and resolves once `/health` answers 200 (the database is reachable). */
  async start(readyTimeoutMs = 60_000): Promise<void> {
    if (this.child) throw new Error('already running');
    const child = spawn(process.execPath, [this.options.mainJs], {
      env: {
        ...process.env,
        DATABASE_URL: this.options.databaseUrl,
        PORT: String(this.options.port),
        BATON_SEED_DEMO: 'false',
        BATON_WEB_DIST: '/nonexistent',
        ...this.options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-OUTPUT_KEPT);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((done) =>
      child.once('exit', () => {
        if (this.child === child) this.child = undefined;
        process.off('exit', this.killOnExit);
        done();
      }),
    );
    // Never leave a server behind, even when the parent dies on an uncaught error.
    process.on('exit', this.killOnExit);
    await this.waitReady(child, readyTimeoutMs);
  }

  /** SIGKILL by default: no shutdown hook runs, in-flight requests and transactions are cut. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    this.child?.kill(signal);
    await this.exited;
  }

  /** SIGTERM (graceful), SIGKILL if it has not exited within the grace period. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.child) return;
    const child = this.child;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Resident set size of the server process in kB (Linux `/proc/<pid>/status` VmRSS). */
  rssKb(): number | null {
    if (!this.child?.pid) return null;
    return readRssKb(this.child.pid);
  }

  outputTail(chars = 4000): string {
    return this.output.slice(-chars);
  }

  private async waitReady(child: ChildProcess, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child !== child) throw new Error(`the server exited during start:\n${this.outputTail()}`);
      try {
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2000) });
        if (res.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await this.kill();
    throw new Error(`the server was not ready within ${timeoutMs} ms:\n${this.outputTail()}`);
  }
}

export function readRssKb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** A port nobody listens on now (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

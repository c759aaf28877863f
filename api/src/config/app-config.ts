import { resolve } from 'node:path';

/** Everything Baton reads from the environment, read once. See README "Configuration". */
export interface AppConfig {
  port: number;
  /** Set: use that PostgreSQL server. Unset: start the embedded one. */
  databaseUrl?: string;
  production: boolean;
  /** Folder of the embedded PostgreSQL data (git-ignored). */
  embeddedDataDir: string;
  embeddedPort: number;
  /** Built portal to serve; absent in API-only runs. */
  webDistDir: string;
  cookieSecure: boolean;
  /** Express `trust proxy`: set behind a load balancer so the per-address throttle sees clients. */
  trustProxy: string | false;
  /** Seed the demo program into an empty database: by default only on the embedded database. */
  seedDemo: boolean;
  sessionTtlHours: number;
  /** Apollo plugin counting resolver calls, for tests that prove a rejection ran none. */
  countResolvers: boolean;
  /** Count SQL statements (tests of bounded SQL per request). */
  countQueries: boolean;
  /**
   * Partner users' transactions run as `baton_app` under row-level security (default). Off only to
   * measure its cost (`npm run bench`): the app's own firm filter still applies.
   */
  rowLevelSecurity: boolean;
  /** Seconds between rebuilds of the program dashboard's roll-ups; 0 = never (it then reads live). */
  kpiRollupSeconds: number;
  /** Where to write the schema SDL (only `npm run codegen` sets it); otherwise it stays in memory. */
  schemaFile?: string;
  /** One JSON access line per GraphQL operation on stdout (`observability/`). */
  requestLog: boolean;
  /** Where the access lines go: stdout (asynchronously) unless a test hands its own stream. */
  requestLogTo?: { write(line: string): void };
  /** Bearer token that opens `GET /metrics`; unset: no endpoint and no metrics collected. */
  metricsToken?: string;
}

const repoRoot = resolve(__dirname, '..', '..', '..');

/** The API tests and the benchmarks' servers run quiet (BATON_QUIET, set by `test/support/quiet.ts`). */
const runsQuiet = (env: NodeJS.ProcessEnv) =>
  env.BATON_QUIET === 'true' || process.env.BATON_QUIET === 'true' || process.env.JEST_WORKER_ID !== undefined;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    production: env.NODE_ENV === 'production',
    embeddedDataDir: env.BATON_DATA_DIR ?? resolve(repoRoot, '.baton', 'pgdata'),
    embeddedPort: Number(env.BATON_PG_PORT ?? 54329),
    webDistDir: env.BATON_WEB_DIST ?? resolve(repoRoot, 'web', 'dist'),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY || false,
    seedDemo: env.BATON_SEED_DEMO ? env.BATON_SEED_DEMO === 'true' : !env.DATABASE_URL && env.NODE_ENV !== 'production',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    countResolvers: env.BATON_COUNT_RESOLVERS === 'true',
    countQueries: false,
    rowLevelSecurity: env.BATON_ROW_LEVEL_SECURITY !== 'off',
    kpiRollupSeconds: Number(env.BATON_KPI_ROLLUP_SECONDS ?? 300),
    requestLog: env.BATON_REQUEST_LOG ? env.BATON_REQUEST_LOG === 'true' : !runsQuiet(env),
    metricsToken: env.BATON_METRICS_TOKEN || undefined,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

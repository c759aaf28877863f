import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OperationRecord } from './operation-record';

/** What a pg pool tells of itself (TypeORM's PostgreSQL driver keeps one as `master`). */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Operation names come from the caller: past this many distinct ones, further names are counted as
 * `other`, so a client inventing names cannot grow the metrics without bound.
 */
export const MAX_OPERATION_LABELS = 200;

/** Prometheus metrics of the process, its GraphQL operations and its database pool (`GET /metrics`). */
export class RequestMetrics {
  private readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly duration = new Histogram({
    name: 'baton_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name and type, from the request to the answer.',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'baton_graphql_errors_total',
    help: 'Errors answered by GraphQL operations, by error code.',
    labelNames: ['operation', 'type', 'code'],
    registers: [this.registry],
  });

  constructor(pool: PoolStats | null) {
    collectDefaultMetrics({ register: this.registry });
    if (pool) {
      new Gauge({
        name: 'baton_db_pool_connections',
        help: 'Connections of the database pool: total (open), idle, and requests waiting for one.',
        labelNames: ['state'],
        registers: [this.registry],
        collect() {
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        },
      });
    }
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  observe(record: OperationRecord): void {
    const labels = { operation: this.label(record.operation), type: record.type ?? 'invalid' };
    this.duration.observe(labels, record.durationMs / 1000);
    for (const code of record.errors) this.errors.inc({ ...labels, code });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  private label(operation: string | null): string {
    if (operation === null) return 'none';
    if (this.names.has(operation)) return operation;
    if (this.names.size >= MAX_OPERATION_LABELS) return 'other';
    this.names.add(operation);
    return operation;
  }
}

import pino, { type DestinationStream, type Logger } from 'pino';
import type { OperationRecord } from './operation-record';

/**
 * The access log: one JSON line per GraphQL operation. On stdout by default, written
 * asynchronously (pino's sonic-boom buffers and writes off the request's path; what is buffered is
 * flushed at shutdown and at exit).
 */
export class AccessLog {
  private readonly logger: Logger;

  constructor(destination: DestinationStream = pino.destination({ dest: 1, sync: false, minLength: 4096 })) {
    this.logger = pino(
      {
        base: undefined,
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      destination,
    );
  }

  write(record: OperationRecord): void {
    const level = record.status >= 500 || record.errors.includes('INTERNAL_SERVER_ERROR') ? 'error' : 'info';
    this.logger[level](record, 'graphql');
  }

  flush(): Promise<void> {
    return new Promise((done) => this.logger.flush(() => done()));
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { type ObservedContext, type OperationRecord, operationRecordOf } from './operation-record';

/** When each GraphQL request arrived (`stampArrival`), so a duration includes the session lookup. */
const arrivals = new WeakMap<Request, number>();

/** Express middleware on `/graphql`: notes the arrival before Apollo builds the request's context. */
export function stampArrival(req: Request, _res: unknown, next: () => void): void {
  arrivals.set(req, performance.now());
  next();
}

/** Times every GraphQL operation and hands its record to `record` as the answer leaves. */
export function observabilityPlugin(record: (r: OperationRecord) => void): ApolloServerPlugin<ObservedContext> {
  return {
    requestDidStart: async ({ contextValue }) => {
      const req = contextValue.ctx?.req;
      const started = (req && arrivals.get(req)) ?? performance.now();
      return {
        willSendResponse: async (request) => record(operationRecordOf(request, performance.now() - started)),
      };
    },
  };
}

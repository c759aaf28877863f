import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../common/context/request-context';

/**
 * What is recorded of one GraphQL operation, for the access log and the metrics alike. Built field
 * by field from what the server decided, never from what the caller sent beyond the operation's
 * name: no variables, no arguments, no headers, cookies, tokens or e-mail addresses.
 */
export interface OperationRecord {
  /** The operation's name, or its root fields (`partners`, `partner+kpiDashboard`) when it has none. */
  operation: string | null;
  /** query, mutation, subscription; null when the document did not parse or validate. */
  type: string | null;
  durationMs: number;
  status: number;
  /** `extensions.code` of each error answered, once each (typed business results are not errors). */
  errors: string[];
  /** The caller's role, `INTEGRATION` for an API key, `ANONYMOUS` when not signed in. */
  role: string;
  requestId: string | null;
}

export type ObservedContext = { ctx?: RequestContext };

function rootFields(operation: OperationDefinitionNode): string {
  return operation.selectionSet.selections
    .map((s) => (s.kind === 'Field' ? s.name.value : '…'))
    .sort()
    .join('+');
}

export function operationRecordOf(
  request: GraphQLRequestContextWillSendResponse<ObservedContext>,
  durationMs: number,
): OperationRecord {
  const { operation, operationName, response, contextValue } = request;
  const ctx = contextValue.ctx;
  const answered = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  const codes = new Set((answered ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN')));
  return {
    operation: operationName ?? (operation ? rootFields(operation) : null),
    type: operation?.operation ?? null,
    durationMs: Math.round(durationMs * 100) / 100,
    status: response.http.status ?? 200,
    errors: [...codes],
    role: ctx?.integration ? 'INTEGRATION' : (ctx?.user?.role ?? 'ANONYMOUS'),
    requestId: ctx?.requestId ?? null,
  };
}

import { getNamedType, type GraphQLSchema, isInterfaceType } from 'graphql';
import type { GqlResponse } from '../graphql-client';
import type { AccessTable } from './access';
import type { FuzzOp } from './operations';
import { forbiddenValues } from './selections';

/**
 * What became of a request: `invalid` (validation or coercion: nothing ran), `denied` (the guard
 * refused the root field), `refused` (another fault on the root field, e.g. bad input),
 * `errorResult` (a typed business error), `accepted` (the root field answered).
 */
export type Outcome = 'invalid' | 'denied' | 'refused' | 'errorResult' | 'accepted';

interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

const errorsOf = (res: GqlResponse) => (res.errors ?? []) as GqlError[];
const rootValueOf = (res: GqlResponse, op: FuzzOp) =>
  (res.data as Record<string, unknown> | null | undefined)?.[op.field];

export function outcomeOf(res: GqlResponse, op: FuzzOp, errorTypes: ReadonlySet<string>): Outcome {
  const errors = errorsOf(res);
  if (res.status >= 400 || errors.some((e) => !e.path)) return 'invalid';
  const root = errors.find((e) => e.path?.length === 1);
  if (root) return ['FORBIDDEN', 'UNAUTHENTICATED'].includes(root.extensions?.code ?? '') ? 'denied' : 'refused';
  const value = rootValueOf(res, op) as { __typename?: string } | null | undefined;
  if (value?.__typename && errorTypes.has(value.__typename)) return 'errorResult';
  return 'accepted';
}

/** Object types that implement `ErrorResult`: a root value of one of them is a rejection. */
export function errorResultTypes(schema: GraphQLSchema): Set<string> {
  const iface = schema.getType('ErrorResult');
  return new Set(isInterfaceType(iface) ? schema.getPossibleTypes(iface).map((t) => t.name) : []);
}

/** Codes a refused-before-the-resolver request may carry besides the guard's. */
const PRE_EXECUTION = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'];

/**
 * The properties every response must hold, whatever was sent: no 5xx and no internal error; the
 * guard refuses who the declarations refuse (and nothing leaks past it, at the root or in a
 * nested field); over-limit documents never run; a partner never reads the other firm's markers.
 */
export function responseViolations(
  schema: GraphQLSchema,
  access: AccessTable,
  op: FuzzOp,
  res: GqlResponse,
  body: string,
  foreignMarkers: readonly string[],
): string[] {
  const out: string[] = [];
  const errors = errorsOf(res);
  const codes = errors.map((e) => e.extensions?.code ?? '');
  if (res.status >= 500) out.push(`HTTP ${res.status}`);
  if (codes.includes('INTERNAL_SERVER_ERROR')) out.push('INTERNAL_SERVER_ERROR in the response');
  if (res.data === undefined && !errors.length) out.push(`not a GraphQL response (HTTP ${res.status})`);

  const rootOperation = `${op.kind === 'query' ? 'Query' : 'Mutation'}.${op.field}`;
  if (op.overLimit) {
    if (codes[0] !== 'GRAPHQL_VALIDATION_FAILED') out.push(`alias flood not refused by the armor (${codes[0]})`);
    if (res.data) out.push('alias flood answered data');
  } else if (!access.allows(rootOperation, op.actor)) {
    const expected = op.actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    if (rootValueOf(res, op) != null) out.push(`${op.actor} got data from ${rootOperation}`);
    if (!errors.length) out.push(`${op.actor} got no error from ${rootOperation}`);
    else if (op.typeValid && codes[0] !== expected)
      out.push(`${op.actor} got ${codes[0]} from ${rootOperation}, not ${expected}`);
    else if (!codes.every((c) => c === expected || PRE_EXECUTION.includes(c)))
      out.push(`${op.actor} got ${codes.join(', ')} from ${rootOperation}`);
  }

  if (op.selection && res.data) {
    const root = op.kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    const paths: string[] = [];
    forbiddenValues(
      schema,
      rootValueOf(res, op),
      getNamedType(root!.getFields()[op.field].type),
      op.selection,
      (typeField) => access.mayRead(typeField, op.actor),
      op.field,
      paths,
    );
    if (paths.length) out.push(`${op.actor} read fields its role may not read: ${paths.slice(0, 5).join(', ')}`);
  }

  const leaked = foreignMarkers.filter((m) => res.raw.includes(m) && !body.includes(m));
  if (leaked.length) out.push(`${op.actor} received the other firm's data: ${leaked.slice(0, 5).join(', ')}`);
  return out;
}

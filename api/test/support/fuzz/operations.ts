import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { LIMITS } from '../../../src/graphql/graphql-options';
import { ACTORS, type Actor } from '../fixtures';
import { InputArbitraries, type Pools } from './inputs';
import { printSelection, type SelNode, Selections } from './selections';

export type Kind = 'query' | 'mutation';

/** One generated request: who sends it, the document, its variables and what we know of it. */
export interface FuzzOp {
  actor: Actor;
  kind: Kind;
  field: string;
  query: string;
  variables: Record<string, unknown>;
  /** Every argument has its GraphQL type: validation and coercion pass, the guard runs. */
  typeValid: boolean;
  /** Past the armor's alias limit on purpose: must be refused before any resolver. */
  overLimit: boolean;
  /** The root field's selection (null for a scalar result), to walk the response. */
  selection: SelNode[] | null;
  /** Argument values as sent (variables or literals), for the declared exceptions. */
  args: Record<string, unknown>;
}

/**
 * Mutations that end the caller's own session: a signed-in actor never sends them (the fuzzer
 * keeps one session per actor for the whole run). Anonymous callers still do.
 */
export const SESSION_ENDING = ['signOut'];

/** How fast-check shows an operation in a counterexample: who sends what. */
function printable(op: FuzzOp): FuzzOp {
  Object.defineProperty(op, fc.toStringMethod, {
    value: () => `${op.actor}: ${op.query} ${JSON.stringify(op.variables)}`.slice(0, 3000),
  });
  return op;
}

/** A GraphQL literal for a value (valid or not), enums bare where the type says so. */
function literal(v: unknown, type?: GraphQLInputType): string {
  if (v === null || v === undefined) return 'null';
  const t = type ? getNullableType(type) : undefined;
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, t && isListType(t) ? t.ofType : undefined)).join(', ')}]`;
  // One value where a list is expected (valid: coerced to a list of one).
  if (t && isListType(t)) return literal(v, t.ofType);
  if (typeof v === 'object') {
    const fields = t && isInputObjectType(t) ? t.getFields() : {};
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${literal(x, fields[k]?.type)}`)
      .join(', ')}}`;
  }
  if (typeof v === 'string' && t && isEnumType(t) && t.getValue(v)) return v;
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/**
 * Escaped lone surrogates are a syntax error in a GraphQL string literal (fine in JSON
 * variables): such values go as variables, so that every document is well-formed.
 */
const LONE_SURROGATE = /\\ud[89a-f][0-9a-f]{2}/i;

/**
 * Builds, for every root field of the schema, an arbitrary of operations on it: arguments from
 * the input types (as variables mostly, as literals sometimes), a selection set from the output
 * type, and now and then an alias flood past the armor's limit.
 */
export class OperationArbitraries {
  private readonly selections: Selections;
  private readonly inputs: InputArbitraries;

  constructor(
    private readonly schema: GraphQLSchema,
    pools: Pools,
    tables: readonly string[],
    /** Actors the declaration of `Query.x` / `Mutation.x` lets in. */
    private readonly allowed: (operation: string) => Actor[],
  ) {
    this.selections = new Selections(schema);
    this.inputs = new InputArbitraries(pools, tables);
  }

  fields(kind: Kind): GraphQLField<unknown, unknown>[] {
    const root = kind === 'query' ? this.schema.getQueryType() : this.schema.getMutationType();
    return Object.values(root?.getFields() ?? {});
  }

  /**
   * Any root field of the kind, evenly; sent by an actor its declaration lets in two times out
   * of three (so most operations get past the guard and exercise the services), else by anyone.
   */
  operations(kind: Kind): fc.Arbitrary<FuzzOp> {
    const root = kind === 'query' ? 'Query' : 'Mutation';
    const perField = this.fields(kind).map((f) => {
      const allowed = this.allowed(`${root}.${f.name}`);
      const actor = allowed.length
        ? fc.oneof(
            { arbitrary: fc.constantFrom(...ACTORS), weight: 1 },
            { arbitrary: fc.constantFrom(...allowed), weight: 2 },
          )
        : fc.constantFrom(...ACTORS);
      return fc
        .tuple(actor, this.operation(kind, f))
        .map(([a, op]) => printable({ ...op, actor: SESSION_ENDING.includes(op.field) ? 'anonymous' : a }));
    });
    return fc.integer({ min: 0, max: perField.length - 1 }).chain((i) => perField[i]);
  }

  private operation(kind: Kind, field: GraphQLField<unknown, unknown>): fc.Arbitrary<Omit<FuzzOp, 'actor'>> {
    const where = (name: string, description?: string | null) => ({
      name,
      description: description ?? '',
      owner: '',
      rootField: field.name,
    });
    const argsArb = (fuzzy: boolean) =>
      fc.tuple(
        ...field.args.map((a) =>
          fc.tuple(this.inputs.forType(a.type, where(a.name, a.description), fuzzy), fc.integer({ min: 0, max: 9 })),
        ),
      );
    const named = getNamedType(field.type);
    const selection = isLeafType(named)
      ? fc.constant(null)
      : fc
          .integer({ min: 0, max: 3 })
          .chain((depth) => this.selections.of(named, depth))
          .map((sel): SelNode[] =>
            sel.some((n) => 'field' in n && n.field === '__typename') ? sel : [{ field: '__typename' }, ...sel],
          );
    return fc
      .tuple(
        fc.oneof({ arbitrary: argsArb(false), weight: 3 }, { arbitrary: argsArb(true), weight: 1 }),
        selection,
        fc.integer({ min: 0, max: 49 }),
      )
      .map(([args, sel, roll]) => {
        const decls: string[] = [];
        const uses: string[] = [];
        const variables: Record<string, unknown> = {};
        const sent: Record<string, unknown> = {};
        let typeValid = true;
        field.args.forEach((a, i) => {
          const [gen, how] = args[i];
          typeValid &&= gen.ok;
          if (gen.omit) {
            // A required argument left out: either not written at all, or declared and not sent.
            if (isNonNullType(a.type) && how < 5) {
              decls.push(`$a${i}: ${String(a.type)}`);
              uses.push(`${a.name}: $a${i}`);
            }
            return;
          }
          sent[a.name] = gen.v;
          const text = literal(gen.v, a.type);
          if (how < 2 && !LONE_SURROGATE.test(text)) {
            uses.push(`${a.name}: ${text}`);
          } else {
            decls.push(`$a${i}: ${String(a.type)}`);
            uses.push(`${a.name}: $a${i}`);
            variables[`a${i}`] = gen.v;
          }
        });
        const call = `${field.name}${uses.length ? `(${uses.join(', ')})` : ''}${sel ? ` ${printSelection(sel)}` : ''}`;
        const overLimit = roll === 0;
        const body = overLimit
          ? Array.from({ length: LIMITS.maxAliases + 1 }, (_, n) => `x${n}: ${call}`).join(' ')
          : call;
        const query = `${kind} Fuzz${decls.length ? `(${decls.join(', ')})` : ''} { ${body} }`;
        return { kind, field: field.name, query, variables, typeValid, overLimit, selection: sel, args: sent };
      });
  }
}

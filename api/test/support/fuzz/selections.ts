import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** A field (with its sub-selection when composite) or an inline fragment `... on X { }`. */
export type SelNode = { field: string; sel?: SelNode[] } | { on: string; sel: SelNode[] };

const callable = (f: GraphQLField<unknown, unknown>) =>
  f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

const ERROR_RESULT: SelNode = { on: 'ErrorResult', sel: [{ field: 'errorCode' }, { field: 'message' }] };

/**
 * Selection sets from the schema's output types: a few scalar fields, up to two nested objects
 * per level down to `depth`, union and interface members through inline fragments (always with
 * `__typename`, so the response can be walked type by type). Small enough to stay well within
 * the armor's depth and cost limits.
 */
export class Selections {
  private readonly memo = new Map<string, fc.Arbitrary<SelNode[]>>();

  constructor(private readonly schema: GraphQLSchema) {}

  of(type: GraphQLNamedType, depth: number): fc.Arbitrary<SelNode[]> {
    const key = `${type.name}:${depth}`;
    let arb = this.memo.get(key);
    if (!arb) {
      arb = isAbstractType(type) ? this.abstract(type, depth) : this.object(type as GraphQLObjectType, depth);
      this.memo.set(key, arb);
    }
    return arb;
  }

  private object(type: GraphQLObjectType, depth: number): fc.Arbitrary<SelNode[]> {
    const fields = Object.values(type.getFields()).filter(callable);
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
    const nested = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const leafArb = leaves.length
      ? fc.subarray(leaves, { minLength: 1, maxLength: Math.min(4, leaves.length) })
      : fc.constant([] as string[]);
    const nestedArb =
      depth > 0 && nested.length
        ? fc
            .subarray(nested, { maxLength: Math.min(2, nested.length) })
            .chain((chosen) =>
              fc.tuple(
                ...chosen.map((f) =>
                  this.of(getNamedType(f.type), depth - 1).map((sel): SelNode => ({ field: f.name, sel })),
                ),
              ),
            )
        : fc.constant([] as SelNode[]);
    return fc.tuple(leafArb, nestedArb).map(([l, n]) => {
      const sel: SelNode[] = [...l.map((field) => ({ field })), ...n];
      return sel.length ? sel : [{ field: '__typename' }];
    });
  }

  private abstract(type: GraphQLNamedType, depth: number): fc.Arbitrary<SelNode[]> {
    const members = this.schema.getPossibleTypes(type as Parameters<GraphQLSchema['getPossibleTypes']>[0]);
    const hasErrors = members.some((m) => m.getInterfaces().some((i) => i.name === 'ErrorResult'));
    return fc
      .tuple(
        fc
          .subarray([...members], { maxLength: Math.min(3, members.length) })
          .chain((chosen) =>
            fc.tuple(...chosen.map((m) => this.of(m, depth).map((sel): SelNode => ({ on: m.name, sel })))),
          ),
        fc.boolean(),
      )
      .map(([fragments, errors]) => [
        { field: '__typename' },
        ...this.withoutConflicts([
          ...fragments,
          ...(hasErrors && errors && !isInterfaceType(type) ? [ERROR_RESULT] : []),
        ]),
      ]);
  }

  /**
   * Fragments on different members may not select one name with two types (`String` and
   * `String!`: GraphQL refuses the document); a later fragment drops such a field.
   */
  private withoutConflicts(fragments: SelNode[]): SelNode[] {
    const seen = new Map<string, string>();
    return fragments.map((fragment) => {
      if (!('on' in fragment)) return fragment;
      const owner = this.schema.getType(fragment.on) as GraphQLObjectType;
      const sel = fragment.sel.filter((n) => {
        if ('on' in n || n.field === '__typename') return true;
        const type = String(owner.getFields()[n.field].type);
        if (!seen.has(n.field)) seen.set(n.field, type);
        return seen.get(n.field) === type;
      });
      return { on: fragment.on, sel: sel.length ? sel : [{ field: '__typename' }] };
    });
  }
}

/** `{ __typename a b { c } ... on X { d } }` */
export function printSelection(sel: SelNode[]): string {
  return `{ ${sel.map((n) => ('on' in n ? `... on ${n.on} ${printSelection(n.sel)}` : n.sel ? `${n.field} ${printSelection(n.sel)}` : n.field)).join(' ')} }`;
}

/**
 * Paths of the response that hold a value the caller may not read: a field whose resolver's
 * declaration does not let the caller in must come back null (its guard refused it).
 */
export function forbiddenValues(
  schema: GraphQLSchema,
  value: unknown,
  type: GraphQLNamedType,
  sel: SelNode[],
  mayRead: (typeField: string) => boolean,
  path: string,
  out: string[],
): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => forbiddenValues(schema, v, type, sel, mayRead, `${path}[${i}]`, out));
    return;
  }
  const record = value as Record<string, unknown>;
  const concrete = isObjectType(type) ? type : schema.getType(String(record.__typename));
  if (!concrete || !isObjectType(concrete)) return;
  for (const node of sel) {
    if ('on' in node) {
      const applies = node.on === concrete.name || concrete.getInterfaces().some((i) => i.name === node.on);
      if (applies) forbiddenValues(schema, value, concrete, node.sel, mayRead, path, out);
      continue;
    }
    if (node.field === '__typename') continue;
    const child = record[node.field];
    if (child === null || child === undefined) continue;
    if (!mayRead(`${concrete.name}.${node.field}`)) out.push(`${path}.${node.field}`);
    const def = concrete.getFields()[node.field];
    if (node.sel && def)
      forbiddenValues(schema, child, getNamedType(def.type), node.sel, mayRead, `${path}.${node.field}`, out);
  }
}

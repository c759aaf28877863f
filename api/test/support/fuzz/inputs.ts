import fc from 'fast-check';
import { type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import {
  anyString,
  bad,
  badBool,
  badDateTime,
  badFloat,
  badId,
  badInt,
  boolGen,
  dateTimeGen,
  floatGen,
  type Gen,
  intGen,
  malformedIds,
  ok,
  OMIT,
  stringFor,
} from './values';

/** Existing rows the generated ids and strings point at (refreshed between rounds). */
export interface Pools {
  /** Ids per table, in insertion order. */
  byTable: Map<string, string[]>;
  all: string[];
  emails: string[];
  tokens: string[];
  externalIds: string[];
}

/** Where a value goes: the argument or input field, its input type, the root field. */
export interface Where {
  name: string;
  description: string;
  owner: string;
  rootField: string;
}

/** Words in argument names that name a table by another name. */
const ALIASES: Record<string, string> = {
  customer: 'customer_account',
  project: 'onboarding_project',
  draft: 'escalation_draft',
  review: 'tier_review',
  cycle: 'review_cycle',
  module: 'training_module',
  record: 'training_record',
  key: 'integration_key',
  application: 'partner_application',
  phase: 'project_phase',
  issue: 'project_issue',
  batch: 'assignment_batch',
  certification: 'skill_certification',
  template: 'onboarding_template',
  lead: 'consultant',
};

/**
 * The table an id argument most likely points at, from its name (`leadConsultantId`), its input
 * type (`EscalationDraftIdInput`) or the root field (`archiveArticle(id)`): the longest table
 * name (or alias) found in the first of these that names one.
 */
export function guessTable(where: Where, tables: readonly string[]): string | undefined {
  const keys = new Map<string, string>(Object.entries(ALIASES));
  for (const t of tables) keys.set(t.replace(/_/g, ''), t);
  const candidates = [
    where.name === 'id' ? '' : where.name.replace(/Ids?$/, ''),
    where.owner.replace(/Input$/, ''),
    where.rootField,
  ];
  for (const c of candidates) {
    const s = c.toLowerCase();
    let best: string | undefined;
    for (const k of keys.keys()) if (s.includes(k) && (!best || k.length > best.length)) best = k;
    if (best) return keys.get(best);
  }
  return undefined;
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const MAX_INPUT_DEPTH = 4;

/**
 * Arbitraries of argument values built from the schema's input types. `fuzzy` mixes in values
 * of the wrong type, nulls where non-null is required, missing required fields and unknown
 * fields; otherwise every value has the right GraphQL type (but not always a sensible content).
 */
export class InputArbitraries {
  constructor(
    private readonly pools: Pools,
    private readonly tables: readonly string[],
  ) {}

  forType(type: GraphQLInputType, where: Where, fuzzy: boolean, inList = false, depth = 0): fc.Arbitrary<Gen> {
    if (isNonNullType(type)) {
      const inner = this.named(type.ofType, where, fuzzy, depth);
      if (!fuzzy) return inner;
      const broken: fc.Arbitrary<Gen>[] = [fc.constant(bad(null))];
      if (!inList) broken.push(fc.constant({ ...OMIT, ok: false }));
      return fc.oneof({ arbitrary: inner, weight: 14 }, ...broken.map((arbitrary) => ({ arbitrary, weight: 1 })));
    }
    const inner = this.named(type, where, fuzzy, depth);
    return fc.oneof(
      { arbitrary: inner, weight: 6 },
      { arbitrary: fc.constant(ok(null)), weight: 1 },
      ...(inList ? [] : [{ arbitrary: fc.constant(OMIT), weight: 2 }]),
    );
  }

  private named(type: GraphQLInputType, where: Where, fuzzy: boolean, depth: number): fc.Arbitrary<Gen> {
    const withNoise = (good: fc.Arbitrary<Gen>, noise: fc.Arbitrary<Gen>) =>
      fuzzy ? fc.oneof({ arbitrary: good, weight: 7 }, { arbitrary: noise, weight: 1 }) : good;

    if (isListType(type)) {
      const item = this.forType(type.ofType, where, fuzzy, true, depth);
      const list = fc
        .array(item, { maxLength: 4 })
        .map((gens) => ({ v: gens.map((g) => g.v), ok: gens.every((g) => g.ok) }));
      // A single value where a list is expected is valid GraphQL (coerced to a one-item list).
      return fuzzy ? fc.oneof({ arbitrary: list, weight: 5 }, { arbitrary: item, weight: 1 }) : list;
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return withNoise(pick(values).map(ok), pick([values[0].toLowerCase(), 'NOPE', '', 1]).map(bad));
    }
    if (isInputObjectType(type)) {
      if (depth >= MAX_INPUT_DEPTH) return fc.constant(bad(null));
      const fields = Object.values(type.getFields());
      const record = fc.tuple(
        ...fields.map((f) =>
          this.forType(
            f.type,
            { name: f.name, description: f.description ?? '', owner: type.name, rootField: where.rootField },
            fuzzy,
            false,
            depth + 1,
          ),
        ),
      );
      const object = record.map((gens) => {
        const v: Record<string, unknown> = {};
        gens.forEach((g, i) => {
          if (!g.omit) v[fields[i].name] = g.v;
        });
        return { v, ok: gens.every((g) => g.ok) };
      });
      const unknownField = object.map((g) => bad({ ...(g.v as object), fuzzUnknownField: 1 }));
      return withNoise(object, fc.oneof(unknownField, pick(['x', 1, [], true]).map(bad)));
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'String':
          return withNoise(stringFor({ ...where, ...this.pools }).map(ok), pick([123, true, {}, [1]]).map(bad));
        case 'ID':
          return withNoise(this.id(where), badId);
        case 'Int':
          return withNoise(intGen, badInt);
        case 'Float':
          return withNoise(floatGen, badFloat);
        case 'Boolean':
          return withNoise(boolGen, badBool);
        case 'DateTime':
          return withNoise(dateTimeGen, badDateTime);
        default:
          return anyString.map(bad);
      }
    }
    return fc.constant(bad(null));
  }

  /** Mostly an existing row of the table the name points at (partner A's, partner B's, program rows). */
  private id(where: Where): fc.Arbitrary<Gen> {
    const table = guessTable(where, this.tables);
    const rows = table ? (this.pools.byTable.get(table) ?? []) : [];
    return fc.oneof(
      ...(rows.length ? [{ arbitrary: pick(rows).map(ok), weight: 10 }] : []),
      ...(this.pools.all.length ? [{ arbitrary: pick(this.pools.all).map(ok), weight: 2 }] : []),
      { arbitrary: fc.uuid().map(ok), weight: 1 },
      { arbitrary: pick(malformedIds).map(ok), weight: 1 },
      { arbitrary: fc.integer({ min: 0, max: 99 }).map(ok), weight: 1 },
    );
  }
}

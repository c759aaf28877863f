/**
 * SQL fragments shared by the scale seed's steps. Every "random" choice is a hash of a row's index
 * and a salt, so a run is reproducible (only "today" moves) and any step can recompute a value
 * another step used without storing it.
 */

/** A uniform number in [0, 1) drawn from an integer key (a bigint expression) and a salt. */
export const rnd = (key: string, salt: number) =>
  `((hashint8extended((${key})::bigint, ${salt}) & 2147483647)::float8 / 2147483648.0)`;

/** An integer in [0, n) drawn like `rnd`. */
export const pick = (key: string, salt: number, n: string | number) => `floor(${rnd(key, salt)} * (${n}))::int`;

/**
 * A stable UUID (version 4 layout) for the `index`-th row of a kind: children compute their
 * parents' ids from the parents' indexes, so no step joins to find them.
 */
export const uid = (kind: string, index: string) =>
  `overlay(overlay(md5('${kind}:' || (${index})::text) placing '4' from 13) placing '8' from 17)::uuid`;

/** A text array literal from constants (never from input). */
export const textArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;

/** The `i`-th (0-based, wrapping) element of a constant list. */
export const nth = (values: readonly string[], i: string) => `(${textArray(values)})[1 + ((${i}) % ${values.length})]`;

/** A moment of a day, `hours` after midnight UTC (the seed runs with the session in UTC). */
export const atHour = (day: string, hours: string | number) => `((${day})::timestamp + (${hours}) * interval '1 hour')`;

/** The e-mail domain of the `i`-th firm (firm00001.example …). */
export const firmDomain = (i: string) => `'firm' || lpad((${i})::text, 5, '0') || '.example'`;

/** The sign-in of the `l`-th person of firm `i`: its admin first, then its consultants. */
export const personEmail = (i: string, l: string) =>
  `(CASE WHEN (${l}) = 1 THEN 'admin' ELSE 'consultant' || (${l}) END) || '@' || ${firmDomain(i)}`;

/** `personEmail` in TypeScript: the address of the `l`-th person of the `i`-th firm. */
export const personEmailOf = (i: number, l: number) =>
  `${l === 1 ? 'admin' : `consultant${l}`}@firm${String(i).padStart(5, '0')}.example`;

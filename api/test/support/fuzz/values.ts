import fc from 'fast-check';
import {
  CUSTOMER_IMPORT_COLUMNS,
  CUSTOMER_SEGMENTS,
  CUSTOMER_SIZE_BANDS,
  INDUSTRIES,
  LANGUAGES,
  PREFECTURES,
  PRODUCT_MODULES,
} from '@baton/shared';

/**
 * A generated argument value. `ok` means "valid for its GraphQL type" (the request passes
 * validation and variable coercion, so the resolver's guard runs); it says nothing about the
 * business rules. `omit` leaves the argument or input field out.
 */
export interface Gen {
  v: unknown;
  ok: boolean;
  omit?: boolean;
}

export const ok = (v: unknown): Gen => ({ v, ok: true });
export const bad = (v: unknown): Gen => ({ v, ok: false });
export const OMIT: Gen = { v: undefined, ok: true, omit: true };

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Strings that broke real systems: quoting, LIKE wildcards, NUL, lone surrogates, RTL, formulas. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  "'",
  '"',
  "'; DROP TABLE partner; --",
  "' OR '1'='1",
  '%',
  '_',
  '\\',
  '%_\\%',
  'a\u0000b',
  '\ud800',
  '\uffff',
  '👩‍👩‍👧‍👦',
  'é',
  'ｱｲｳｴｵ',
  '東京都千代田区',
  'ＡＢＣ１２３',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '{{7*7}}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '\u202eevil',
  '   padded   ',
  '=cmd|"/c calc"!A1',
  '+1',
  '@SUM(1)',
];

const japanese = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0x3041, max: 0x3096 }),
      fc.integer({ min: 0x30a1, max: 0x30fa }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
    )
    .map((c) => String.fromCodePoint(c)),
  minLength: 1,
  maxLength: 24,
});

/** Up to 20,000 characters (kept below the 2 MB body limit, and the audit log small enough to checksum). */
const huge = fc
  .tuple(fc.integer({ min: 300, max: 20_000 }), pick(['x', 'あ', '😀', '%', ' ']))
  .map(([n, c]) => c.repeat(n));

export const anyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 24 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }), weight: 2 },
  { arbitrary: japanese, weight: 3 },
  { arbitrary: pick(NASTY_STRINGS), weight: 3 },
  { arbitrary: huge, weight: 1 },
);

const year = fc.integer({ min: 2024, max: 2029 });
const pad = (n: number) => String(n).padStart(2, '0');
const validMonth = fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`);
const validDate = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
const month = fc.oneof(
  { arbitrary: validMonth, weight: 6 },
  {
    arbitrary: pick(['1900-01', '9999-12', '2026-00', '2026-13', '26-1', '2026/01', '２０２６-０１', '2026-01-01']),
    weight: 2,
  },
  { arbitrary: anyString, weight: 1 },
);
const date = fc.oneof(
  { arbitrary: validDate, weight: 6 },
  {
    arbitrary: pick([
      '2026-02-30',
      '2026-13-01',
      '0000-00-00',
      '2026-1-1',
      'today',
      '9999-12-31',
      '1970-01-01',
      '2026-06',
      '2026-W01',
      '2026-06-01T10:00:00Z',
    ]),
    weight: 2,
  },
  { arbitrary: anyString, weight: 1 },
);
const emailLocal = fc.stringMatching(/^[a-z][a-z0-9.]{0,10}$/);

/** Inputs the generator of a string looks at: the field or argument, its description. */
export interface StringContext {
  name: string;
  description: string;
  emails: readonly string[];
  tokens: readonly string[];
  /** CRM ids of existing customers, for usage CSV rows that hit real accounts. */
  externalIds: readonly string[];
}

const csvCell = fc.oneof(
  {
    arbitrary: pick([...INDUSTRIES, ...PRODUCT_MODULES, ...PREFECTURES.slice(0, 3), ...CUSTOMER_SIZE_BANDS]),
    weight: 3,
  },
  { arbitrary: validDate, weight: 2 },
  { arbitrary: fc.integer({ min: -5, max: 120 }).map(String), weight: 2 },
  { arbitrary: anyString.filter((s) => s.length < 200), weight: 2 },
);
const csvRow = (columns: number) => fc.array(csvCell, { minLength: columns - 1, maxLength: columns + 1 });
const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const customerCsv = fc
  .array(csvRow(CUSTOMER_IMPORT_COLUMNS.length), { maxLength: 6 })
  .map((rows) => [CUSTOMER_IMPORT_COLUMNS.join(','), ...rows.map((r) => r.map(quote).join(','))].join('\n') + '\n');
const usageCsv = (ctx: StringContext) =>
  fc
    .array(fc.tuple(pick(['CRM-0', ...ctx.externalIds]), validDate, fc.integer({ min: -10, max: 150 })), {
      maxLength: 6,
    })
    .map((rows) => ['external_id,date,utilization', ...rows.map((r) => r.join(','))].join('\n') + '\n');

/**
 * A string chosen by what the field is for (month, date, e-mail, CSV, token, code lists), so that
 * most operations get past the input checks and reach real rows; the rest is noise.
 */
export function stringFor(ctx: StringContext): fc.Arbitrary<string> {
  const key = `${ctx.name} ${ctx.description}`;
  const noise = (a: fc.Arbitrary<string>, w = 6) =>
    fc.oneof({ arbitrary: a, weight: w }, { arbitrary: anyString, weight: 1 });
  if (/YYYY-MM-DD/.test(key) || /(^|[a-z])(date|On|From|To)$|^(from|to)$/.test(ctx.name)) return date;
  if (/YYYY-MM/.test(key) || /month/i.test(ctx.name)) return month;
  if (/email/i.test(ctx.name))
    return fc.oneof(
      { arbitrary: emailLocal.map((l) => `${l}@fuzz.test`), weight: 4 },
      { arbitrary: ctx.emails.length ? pick(ctx.emails) : emailLocal, weight: 3 },
      {
        arbitrary: pick(['a@', '@b', 'a b@c.d', 'ＡＢ@例え.jp', `${'x'.repeat(300)}@x.test`, 'UPPER@FUZZ.TEST']),
        weight: 2,
      },
      { arbitrary: anyString, weight: 1 },
    );
  if (/csv/i.test(ctx.name))
    return fc.oneof(
      { arbitrary: /usage/i.test(key) ? usageCsv(ctx) : customerCsv, weight: 4 },
      { arbitrary: customerCsv, weight: 1 },
      { arbitrary: usageCsv(ctx), weight: 1 },
      { arbitrary: anyString, weight: 2 },
    );
  if (/token/i.test(ctx.name))
    return fc.oneof(
      { arbitrary: ctx.tokens.length ? pick(ctx.tokens) : anyString, weight: 4 },
      { arbitrary: anyString, weight: 1 },
    );
  if (/product(Area|Line|Module)|products|preferredProductAreas/.test(ctx.name))
    return noise(pick([...PRODUCT_MODULES, 'ALL', 'accounting']));
  if (/industr/i.test(ctx.name)) return noise(pick(INDUSTRIES));
  if (/prefecture|region/i.test(ctx.name)) return noise(pick([...PREFECTURES, 'JP-48', 'JP-00']));
  if (/band/i.test(ctx.name)) return noise(pick(CUSTOMER_SIZE_BANDS));
  if (/segment/i.test(ctx.name)) return noise(pick(CUSTOMER_SEGMENTS));
  if (/language/i.test(ctx.name)) return noise(pick([...LANGUAGES, 'xx']));
  if (/password/i.test(ctx.name)) return anyString;
  if (/url|website/i.test(ctx.name))
    return noise(pick(['https://example.com', 'http://localhost:1/', 'javascript:alert(1)', 'ftp://x', 'example']), 2);
  return anyString;
}

const INT32 = 2 ** 31;
export const intGen: fc.Arbitrary<Gen> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 30 }).map(ok), weight: 6 },
  { arbitrary: pick([0, -1, 1, 100, 101, 500, 501, 1000, 1001, 10_000, INT32 - 1, -INT32]).map(ok), weight: 3 },
  { arbitrary: fc.integer().map(ok), weight: 1 },
);
export const badInt: fc.Arbitrary<Gen> = pick([INT32, -INT32 - 1, 1e15, 1.5, '1', 'abc', true, [], {}]).map(bad);
export const floatGen: fc.Arbitrary<Gen> = fc.oneof(
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(ok), weight: 4 },
  { arbitrary: pick([0, 0.5, 1.5, 24, 24.01, -0.01, 1e308, -1e308, 5e-324]).map(ok), weight: 3 },
  { arbitrary: fc.integer({ min: -100, max: 100 }).map(ok), weight: 2 },
);
export const badFloat: fc.Arbitrary<Gen> = pick(['1.5', 'x', true, [], {}]).map(bad);
export const boolGen: fc.Arbitrary<Gen> = fc.boolean().map(ok);
export const badBool: fc.Arbitrary<Gen> = pick(['true', 1, 0, 'yes', []]).map(bad);

/** ISO instants (DateTime scalar); garbage is "not surely valid". */
export const dateTimeGen: fc.Arbitrary<Gen> = fc.oneof(
  {
    arbitrary: fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => ok(d.toISOString())),
    weight: 5,
  },
  { arbitrary: pick(['yesterday', '2026-13-45T00:00:00Z', '', 'NaN']).map(bad), weight: 1 },
);
export const badDateTime: fc.Arbitrary<Gen> = pick(['not a date', true, {}, []]).map(bad);

export const malformedIds = [
  '',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '{6f1c5b0e-0000-4000-8000-000000000000}',
  '6F1C5B0E-0000-4000-8000-00000000000Z',
  "' OR 1=1 --",
  '1'.repeat(1000),
  '-1',
  'ａｂｃ',
];
export const badId: fc.Arbitrary<Gen> = pick([true, 1.5, {}, [], ['x']]).map(bad);

import { parse } from 'csv-parse/sync';
import {
  CUSTOMER_IMPORT_COLUMNS,
  CUSTOMER_SEGMENTS,
  CUSTOMER_SIZE_BANDS,
  type CustomerImportColumn,
  INDUSTRIES,
  PREFECTURES,
  PRODUCT_MODULES,
} from '@baton/shared';

export const IMPORT_MAX_ROWS = 10_000;

export interface ImportedCustomer {
  row: number;
  externalId: string;
  companyName: string;
  industry: string;
  employeeBand: string;
  prefecture: string;
  products: string[];
  contractDate: string;
  segment: string;
}

/** Why a row (or the file, row 1) cannot be imported; `reason` is a message key, `params` its values. */
export interface ImportProblem {
  row: number;
  column: CustomerImportColumn | null;
  reason: string;
  params: Record<string, string | number>;
}

export interface ParsedImport {
  customers: ImportedCustomer[];
  problems: ImportProblem[];
  totalRows: number;
}

const pick = (allowed: readonly string[], raw: string) => allowed.find((v) => v === raw.toUpperCase()) ?? null;

function prefecture(raw: string): string | null {
  const code = /^\d{1,2}$/.test(raw) ? `JP-${raw.padStart(2, '0')}` : raw.toUpperCase();
  return PREFECTURES.includes(code) ? code : null;
}

function date(raw: string): string | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(raw);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/**
 * Reads a customer CSV (UTF-8, optional BOM, header row with the columns above in any order,
 * products separated by `;`, `|` or spaces) and checks every row. Row numbers are the file's
 * line numbers: the header is row 1. Nothing here touches the database.
 */
export function parseCustomerCsv(text: string): ParsedImport {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      customers: [],
      problems: [{ row: line, column: null, reason: 'import.malformed', params: {} }],
      totalRows: 0,
    };
  }
  const [header = [], ...rows] = records;
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = CUSTOMER_IMPORT_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0)
    return {
      customers: [],
      problems: [{ row: 1, column: null, reason: 'import.missingColumns', params: { columns: missing.join(', ') } }],
      totalRows: rows.length,
    };
  if (rows.length > IMPORT_MAX_ROWS)
    return {
      customers: [],
      problems: [{ row: 1, column: null, reason: 'import.tooManyRows', params: { max: IMPORT_MAX_ROWS } }],
      totalRows: rows.length,
    };

  const index = Object.fromEntries(CUSTOMER_IMPORT_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    CustomerImportColumn,
    number
  >;
  const customers: ImportedCustomer[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    const value = (c: CustomerImportColumn) => (cells[index[c]] ?? '').trim();
    const rowProblems: ImportProblem[] = [];
    const fail = (column: CustomerImportColumn, reason: string, params: Record<string, string | number> = {}) =>
      rowProblems.push({ row, column, reason, params: { value: value(column), ...params } });
    const required = (c: CustomerImportColumn) => (value(c) === '' ? (fail(c, 'import.required'), false) : true);

    const externalId = value('external_id');
    if (required('external_id')) {
      if (externalId.length > 100) fail('external_id', 'import.tooLong', { max: 100 });
      else if (seen.has(externalId)) fail('external_id', 'import.duplicateId', { first: seen.get(externalId)! });
      else seen.set(externalId, row);
    }
    const companyName = value('company_name');
    if (required('company_name') && companyName.length > 200) fail('company_name', 'import.tooLong', { max: 200 });
    const industry = pick(INDUSTRIES, value('industry'));
    if (required('industry') && !industry) fail('industry', 'import.unknownCode');
    const employeeBand = CUSTOMER_SIZE_BANDS.find((b) => b === value('employee_band')) ?? null;
    if (required('employee_band') && !employeeBand) fail('employee_band', 'import.unknownCode');
    const pref = prefecture(value('prefecture'));
    if (required('prefecture') && !pref) fail('prefecture', 'import.unknownCode');
    const productCodes = value('products')
      .split(/[;|\s]+/)
      .filter(Boolean);
    const products = [...new Set(productCodes.map((p) => pick(PRODUCT_MODULES, p)))];
    if (required('products') && products.includes(null)) fail('products', 'import.unknownCode');
    const contractDate = date(value('contract_date'));
    if (required('contract_date') && !contractDate) fail('contract_date', 'import.badDate');
    const segment = pick(CUSTOMER_SEGMENTS, value('segment'));
    if (required('segment') && !segment) fail('segment', 'import.unknownCode');

    if (rowProblems.length > 0) problems.push(...rowProblems);
    else
      customers.push({
        row,
        externalId,
        companyName,
        industry: industry!,
        employeeBand: employeeBand!,
        prefecture: pref!,
        products: products as string[],
        contractDate: contractDate!,
        segment: segment!,
      });
  });
  return { customers, problems, totalRows: rows.length };
}

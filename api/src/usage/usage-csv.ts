import { parse } from 'csv-parse/sync';
import type { UsageMetrics } from './usage-snapshot.entity';

export const USAGE_IMPORT_COLUMNS = ['external_id', 'date', 'utilization'] as const;
export type UsageImportColumn = (typeof USAGE_IMPORT_COLUMNS)[number];
/** Optional columns `metric:<name>` carry named numeric metrics. */
export const METRIC_PREFIX = 'metric:';
export const USAGE_IMPORT_MAX_ROWS = 20_000;

export interface ImportedUsage {
  row: number;
  externalId: string;
  takenOn: string;
  utilization: number;
  metrics: UsageMetrics | null;
}

/** Why a row (or the file, row 1) cannot be imported; `reason` is a message key, `params` its values. */
export interface UsageImportProblem {
  row: number;
  column: string | null;
  reason: string;
  params: Record<string, string | number>;
}

export interface ParsedUsageImport {
  rows: ImportedUsage[];
  problems: UsageImportProblem[];
  totalRows: number;
}

/** YYYY-MM-DD (or YYYY/M/D) that exists in the calendar, normalized; null otherwise. */
export function isoDate(raw: string): string | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(raw);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

const utilization = (raw: string) => (/^\d{1,3}$/.test(raw) && Number(raw) <= 100 ? Number(raw) : null);

const fileProblem = (reason: string, params: Record<string, string | number> = {}, row = 1) => ({
  rows: [],
  problems: [{ row, column: null, reason, params }],
  totalRows: 0,
});

/**
 * Reads a usage CSV (UTF-8, optional BOM, header row: `external_id, date, utilization` in any
 * order plus optional `metric:<name>` columns) and checks every row against the calendar (`today`,
 * YYYY-MM-DD: no future dates). Row numbers are the file's line numbers (the header is row 1).
 * Whether the customers exist is checked by the caller; nothing here touches the database.
 */
export function parseUsageCsv(text: string, today: string): ParsedUsageImport {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return fileProblem('import.malformed', {}, (error as { lines?: number }).lines ?? 1);
  }
  const [header = [], ...lines] = records;
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = USAGE_IMPORT_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0)
    return { ...fileProblem('import.missingColumns', { columns: missing.join(', ') }), totalRows: lines.length };
  if (lines.length > USAGE_IMPORT_MAX_ROWS)
    return { ...fileProblem('import.tooManyRows', { max: USAGE_IMPORT_MAX_ROWS }), totalRows: lines.length };

  const at = (c: string) => names.indexOf(c);
  const metricColumns = names
    .map((name, i) => ({ name: header[i].trim().slice(METRIC_PREFIX.length).trim(), column: name, i }))
    .filter((m) => m.column.startsWith(METRIC_PREFIX) && m.name !== '');
  const rows: ImportedUsage[] = [];
  const problems: UsageImportProblem[] = [];
  const seen = new Map<string, number>();
  lines.forEach((cells, i) => {
    const row = i + 2;
    const cell = (index: number) => (cells[index] ?? '').trim();
    const value = (c: UsageImportColumn) => cell(at(c));
    const before = problems.length;
    const fail = (column: string, reason: string, params: Record<string, string | number> = {}, raw?: string) =>
      problems.push({ row, column, reason, params: { value: raw ?? value(column as UsageImportColumn), ...params } });
    const required = (c: UsageImportColumn) => (value(c) === '' ? (fail(c, 'import.required'), false) : true);

    const externalId = value('external_id');
    required('external_id');
    const takenOn = isoDate(value('date'));
    if (required('date')) {
      if (!takenOn) fail('date', 'import.badDate');
      else if (takenOn > today) fail('date', 'usage.futureDate', { value: takenOn });
    }
    const score = utilization(value('utilization'));
    if (required('utilization') && score === null) fail('utilization', 'usage.badUtilization');
    const metrics: UsageMetrics = {};
    for (const m of metricColumns) {
      const raw = cell(m.i);
      if (raw === '') continue;
      const n = Number(raw);
      if (Number.isFinite(n)) metrics[m.name] = n;
      else fail(m.column, 'usage.badMetric', {}, raw);
    }
    if (externalId && takenOn) {
      const key = `${externalId}\u0000${takenOn}`;
      const first = seen.get(key);
      if (first !== undefined) fail('date', 'usage.duplicateDay', { value: externalId, date: takenOn, first });
      else seen.set(key, row);
    }
    if (problems.length === before)
      rows.push({
        row,
        externalId,
        takenOn: takenOn!,
        utilization: score!,
        metrics: Object.keys(metrics).length ? metrics : null,
      });
  });
  return { rows, problems, totalRows: lines.length };
}

import { CUSTOMER_IMPORT_COLUMNS } from '@baton/shared';
import { toCsv } from '../common/csv';

/** The server takes at most 1.5 million characters; a file larger than this many bytes is refused up front. */
export const IMPORT_MAX_BYTES = 1_500_000;

/** Two example rows that pass the server's checks (products separated by `;`, the first the main one). */
const TEMPLATE_ROWS: readonly (readonly string[])[] = [
  [
    'CRM-10001',
    '株式会社さくら製作所',
    'MANUFACTURING',
    '101-300',
    'JP-13',
    'ACCOUNTING;PAYROLL',
    '2026-04-01',
    'MID_MARKET',
  ],
  ['CRM-10002', 'Example Retail K.K.', 'RETAIL', '21-100', 'JP-27', 'ATTENDANCE', '2026-04-15', 'SMB'],
];

/**
 * The template a user fills in: the header and two example rows, CRLF line ends, with a
 * byte-order mark so spreadsheet software reads the Japanese name as UTF-8 (the server skips it).
 */
export function templateCsv(): string {
  return '\uFEFF' + toCsv([CUSTOMER_IMPORT_COLUMNS, ...TEMPLATE_ROWS]);
}

export type ImportFileProblem = 'tooLarge' | 'notCsv' | 'empty';

/** Why a picked file cannot be sent, before reading it: too large, not a CSV, or empty. */
export function checkImportFile(file: { name: string; size: number }): ImportFileProblem | null {
  if (!/\.csv$/i.test(file.name)) return 'notCsv';
  if (file.size === 0) return 'empty';
  if (file.size > IMPORT_MAX_BYTES) return 'tooLarge';
  return null;
}

/** A file size for people: "820 KB", "1.6 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Reads a picked file as UTF-8 text (a leading byte-order mark is kept; the server skips it). */
export function readFileAsText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** A CSV of the preview's issues, so a long list can be fixed in a spreadsheet. */
export function issuesCsv(
  header: readonly string[],
  issues: readonly { row: number; column?: string | null; message: string }[],
): string {
  return '\uFEFF' + toCsv([header, ...issues.map((i) => [String(i.row), i.column ?? '', i.message])]);
}

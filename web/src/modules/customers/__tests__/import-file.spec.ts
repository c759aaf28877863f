import { CUSTOMER_IMPORT_COLUMNS } from '@baton/shared';
import { checkImportFile, formatFileSize, IMPORT_MAX_BYTES, issuesCsv, templateCsv } from '../import-file';

describe('customer import file', () => {
  it('builds a template with the header and two example rows the server accepts', () => {
    const csv = templateCsv();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(CUSTOMER_IMPORT_COLUMNS.join(','));
    expect(lines[0]).toBe('external_id,company_name,industry,employee_band,prefecture,products,contract_date,segment');
    const rows = lines.slice(1, 3).map((line) => line.split(','));
    for (const row of rows) {
      expect(row).toHaveLength(CUSTOMER_IMPORT_COLUMNS.length);
      const cell = (column: (typeof CUSTOMER_IMPORT_COLUMNS)[number]) => row[CUSTOMER_IMPORT_COLUMNS.indexOf(column)];
      expect(cell('contract_date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(cell('prefecture')).toMatch(/^JP-\d{2}$/);
      expect(['SMB', 'MID_MARKET', 'ENTERPRISE']).toContain(cell('segment'));
    }
    expect(rows[0][CUSTOMER_IMPORT_COLUMNS.indexOf('products')]).toBe('ACCOUNTING;PAYROLL');
    expect(new Set(rows.map((row) => row[0])).size).toBe(2);
  });

  it('refuses files that are too large, empty or not CSV, before reading them', () => {
    expect(checkImportFile({ name: 'customers.csv', size: 1200 })).toBeNull();
    expect(checkImportFile({ name: 'CUSTOMERS.CSV', size: IMPORT_MAX_BYTES })).toBeNull();
    expect(checkImportFile({ name: 'customers.csv', size: IMPORT_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(checkImportFile({ name: 'customers.csv', size: 0 })).toBe('empty');
    expect(checkImportFile({ name: 'customers.xlsx', size: 1200 })).toBe('notCsv');
  });

  it('formats sizes in decimal units', () => {
    expect(formatFileSize(999)).toBe('999 B');
    expect(formatFileSize(820_400)).toBe('820 KB');
    expect(formatFileSize(IMPORT_MAX_BYTES)).toBe('1.5 MB');
    expect(formatFileSize(1_640_000)).toBe('1.6 MB');
  });

  it('exports the issues as CSV, quoting messages and leaving file-level columns blank', () => {
    const csv = issuesCsv(
      ['Row', 'Column', 'Problem'],
      [
        { row: 1, column: null, message: 'The header lacks these columns: segment, products.' },
        { row: 3, column: 'industry', message: '“SPACE” is not a known code.' },
      ],
    );
    expect(csv).toBe(
      '\uFEFFRow,Column,Problem\r\n' +
        '1,,"The header lacks these columns: segment, products."\r\n' +
        '3,industry,“SPACE” is not a known code.\r\n',
    );
  });
});

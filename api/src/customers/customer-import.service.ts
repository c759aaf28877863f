import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { translate } from '../common/i18n/messages';
import { CustomerAccount } from './customer-account.entity';
import { type ImportedCustomer, type ImportProblem, parseCustomerCsv } from './customer-csv';
import { CustomerImportInvalidError } from './customers.errors';
import { CustomerImportSummary } from './dto/customer-import-summary';

export interface ImportIssue {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportPreview {
  totalRows: number;
  validRows: number;
  toCreate: number;
  toUpdate: number;
  issues: ImportIssue[];
  sample: ImportedCustomer[];
}

const CHUNK = 500;
const SAMPLE = 20;

/** CSV import of customers: a preview that writes nothing, then an all-or-nothing upsert by CRM id. */
@Injectable()
export class CustomerImportService {
  async preview(ctx: RequestContext, csv: string): Promise<ImportPreview> {
    const parsed = parseCustomerCsv(csv);
    const existing = await this.existingIds(
      ctx,
      parsed.customers.map((c) => c.externalId),
    );
    return {
      totalRows: parsed.totalRows,
      validRows: parsed.customers.length,
      toCreate: parsed.customers.filter((c) => !existing.has(c.externalId)).length,
      toUpdate: parsed.customers.filter((c) => existing.has(c.externalId)).length,
      issues: parsed.problems.map((p) => this.issue(ctx, p)),
      sample: parsed.customers.slice(0, SAMPLE),
    };
  }

  /** Imports the whole file in the mutation's transaction, or nothing when a row is invalid. */
  async import(ctx: RequestContext, csv: string): Promise<CustomerImportSummary | CustomerImportInvalidError> {
    const parsed = parseCustomerCsv(csv);
    const invalidRows = new Set(parsed.problems.map((p) => p.row)).size;
    if (invalidRows > 0 || parsed.customers.length === 0)
      return new CustomerImportInvalidError(ctx, Math.max(invalidRows, 1));
    let created = 0;
    for (let i = 0; i < parsed.customers.length; i += CHUNK) {
      const rows: { inserted: boolean }[] = await ctx.manager
        .createQueryBuilder()
        .insert()
        .into(CustomerAccount)
        .values(
          parsed.customers.slice(i, i + CHUNK).map(({ row: _row, ...customer }) => ({ ...customer, partnerId: null })),
        )
        .orUpdate(
          ['company_name', 'industry', 'employee_band', 'prefecture', 'products', 'contract_date', 'segment'],
          ['external_id'],
        )
        .returning('(xmax = 0) AS inserted')
        .execute()
        .then((r) => r.raw);
      created += rows.filter((r) => r.inserted).length;
    }
    const outcome = new CustomerImportSummary(created, parsed.customers.length - created);
    ctx.audit({ action: 'customer.import', entityType: 'CustomerAccount', entityId: null, after: { ...outcome } });
    return outcome;
  }

  private async existingIds(ctx: RequestContext, externalIds: string[]): Promise<Set<string>> {
    if (externalIds.length === 0) return new Set();
    const rows: { external_id: string }[] = await ctx.manager.query(
      'SELECT external_id FROM customer_account WHERE external_id = ANY($1::text[])',
      [externalIds],
    );
    return new Set(rows.map((r) => r.external_id));
  }

  private issue(ctx: RequestContext, p: ImportProblem): ImportIssue {
    return { row: p.row, column: p.column, message: translate(ctx.locale, p.reason, p.params) };
  }
}

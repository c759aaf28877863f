import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { translate } from '../common/i18n/messages';
import { CustomersService } from '../customers/customers.service';
import { type UsageImportPreview, UsageWriteSummary } from './dto/usage.types';
import { type ImportedUsage, parseUsageCsv, type UsageImportProblem } from './usage-csv';
import { UsageSource } from './usage-snapshot.entity';
import { type SnapshotRow, UsageSnapshotsService } from './usage-snapshots.service';
import { UsageImportInvalidError } from './usage.errors';

const SAMPLE = 20;

interface CheckedImport {
  totalRows: number;
  valid: (ImportedUsage & { customerId: string })[];
  problems: UsageImportProblem[];
}

/** CSV import of usage snapshots: a preview that writes nothing, then an all-or-nothing upsert by (customer, day). */
@Injectable()
export class UsageImportService {
  constructor(
    private readonly customers: CustomersService,
    private readonly snapshots: UsageSnapshotsService,
    private readonly clock: Clock,
  ) {}

  async preview(ctx: RequestContext, csv: string): Promise<UsageImportPreview> {
    const checked = await this.check(ctx, csv);
    const existing = await this.snapshots.existing(ctx, checked.valid);
    const toUpdate = checked.valid.filter((r) => existing.has(`${r.customerId}/${r.takenOn}`)).length;
    return {
      totalRows: checked.totalRows,
      validRows: checked.valid.length,
      toCreate: checked.valid.length - toUpdate,
      toUpdate,
      issues: checked.problems.map((p) => ({
        row: p.row,
        column: p.column,
        message: translate(ctx.locale, p.reason, p.params),
      })),
      sample: checked.valid.slice(0, SAMPLE).map((r) => ({
        row: r.row,
        externalId: r.externalId,
        takenOn: r.takenOn,
        utilization: r.utilization,
        metrics: Object.entries(r.metrics ?? {}).map(([name, value]) => ({ name, value })),
      })),
    };
  }

  /** Imports the whole file in the mutation's transaction, or nothing when a row is invalid. */
  async import(ctx: RequestContext, csv: string): Promise<UsageWriteSummary | UsageImportInvalidError> {
    const checked = await this.check(ctx, csv);
    const invalidRows = new Set(checked.problems.map((p) => p.row)).size;
    if (invalidRows > 0 || checked.valid.length === 0)
      return new UsageImportInvalidError(ctx, Math.max(invalidRows, 1));
    const rows: SnapshotRow[] = checked.valid.map((r) => ({
      customerId: r.customerId,
      takenOn: r.takenOn,
      utilization: r.utilization,
      metrics: r.metrics,
    }));
    const outcome = await this.snapshots.upsert(ctx, rows, UsageSource.CSV);
    ctx.audit({
      action: 'usage.import',
      entityType: 'UsageSnapshot',
      entityId: null,
      after: { ...outcome, customers: new Set(rows.map((r) => r.customerId)).size },
    });
    return new UsageWriteSummary(outcome.created, outcome.updated);
  }

  /** The file's own checks, then whether each CRM id names a customer. */
  private async check(ctx: RequestContext, csv: string): Promise<CheckedImport> {
    const parsed = parseUsageCsv(csv, this.clock.today());
    const { byExternalId } = await this.customers.resolveIds(ctx, {
      externalIds: [...new Set(parsed.rows.map((r) => r.externalId))],
      ids: [],
    });
    const problems = [...parsed.problems];
    const valid: CheckedImport['valid'] = [];
    for (const r of parsed.rows) {
      const customerId = byExternalId.get(r.externalId);
      if (customerId) valid.push({ ...r, customerId });
      else
        problems.push({
          row: r.row,
          column: 'external_id',
          reason: 'usage.unknownCustomer',
          params: { value: r.externalId },
        });
    }
    problems.sort((a, b) => a.row - b.row);
    return { totalRows: parsed.totalRows, valid, problems };
  }
}

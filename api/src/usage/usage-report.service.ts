import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { translate } from '../common/i18n/messages';
import { CustomersService } from '../customers/customers.service';
import type { ReportUsageInput } from './dto/usage.inputs';
import { UsageWriteSummary } from './dto/usage.types';
import { UsageSource } from './usage-snapshot.entity';
import { type SnapshotRow, UsageSnapshotsService } from './usage-snapshots.service';
import { UsageReportInvalidError, UsageReportProblem } from './usage.errors';

/** `reportUsage`: an integration reports utilization with its API key; all reports or none are saved. */
@Injectable()
export class UsageReportService {
  constructor(
    private readonly customers: CustomersService,
    private readonly snapshots: UsageSnapshotsService,
    private readonly clock: Clock,
  ) {}

  async report(ctx: RequestContext, input: ReportUsageInput): Promise<UsageWriteSummary | UsageReportInvalidError> {
    const { byExternalId, known } = await this.customers.resolveIds(ctx, {
      externalIds: input.items.flatMap((i) => (i.customerId ? [] : i.externalId ? [i.externalId] : [])),
      ids: input.items.flatMap((i) => (i.customerId ? [i.customerId] : [])),
    });
    const today = this.clock.today();
    const problems: UsageReportProblem[] = [];
    const rows = new Map<string, SnapshotRow>();
    input.items.forEach((item, index) => {
      const fail = (key: string, params: Record<string, string | number>) =>
        problems.push(new UsageReportProblem(index, translate(ctx.locale, key, params)));
      const customerId = item.customerId
        ? known.has(item.customerId)
          ? item.customerId
          : null
        : (byExternalId.get(item.externalId ?? '') ?? null);
      if (!item.customerId && !item.externalId) return fail('usage.noCustomer', {});
      if (!customerId) return fail('usage.unknownCustomer', { value: item.customerId ?? item.externalId ?? '' });
      if (item.takenOn > today) return fail('usage.futureDate', { value: item.takenOn });
      const metrics = item.metrics?.length ? Object.fromEntries(item.metrics.map((m) => [m.name, m.value])) : null;
      // The last report of a day in one batch wins, as a later call would.
      rows.set(`${customerId}/${item.takenOn}`, {
        customerId,
        takenOn: item.takenOn,
        utilization: item.utilization,
        metrics,
      });
    });
    if (problems.length > 0) return new UsageReportInvalidError(ctx, problems);
    const outcome = await this.snapshots.upsert(ctx, [...rows.values()], UsageSource.API);
    const key = ctx.integration!;
    ctx.audit({
      action: 'usage.report',
      entityType: 'UsageSnapshot',
      entityId: null,
      after: {
        integrationKey: { id: key.keyId, name: key.name, prefix: key.prefix },
        ...outcome,
        customers: new Set([...rows.values()].map((r) => r.customerId)).size,
      },
    });
    return new UsageWriteSummary(outcome.created, outcome.updated);
  }
}

import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { PartnerStatus } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { TierHistoryService } from '../tiers/tier-history.service';
import type { StatementArgs, UpdateStatementSettingsInput } from './dto/statement.inputs';
import { StatementSettings } from './statement-settings.entity';
import type { PartnerStatement } from './statement.types';

/**
 * Onboardings whose last phase was completed in the month (YYYY-MM), of the given firms: those with a
 * phase completed in the month (index `project_phase_completed`; a phase holds its project's firm),
 * none still open and none completed later. The project and its customer are then read per line by
 * primary key (LATERAL … LIMIT 1: joined plainly, the planner would read both tables whole).
 */
const COMPLETED_IN_MONTH = `
  WITH completed AS (
    SELECT ph.project_id, max(ph.completed_on) AS done
      FROM project_phase ph
     WHERE ph.partner_id = ANY($2::uuid[])
       AND ph.completed_on >= to_date($1, 'YYYY-MM') AND ph.completed_on < to_date($1, 'YYYY-MM') + interval '1 month'
       AND NOT EXISTS (SELECT 1 FROM project_phase o WHERE o.project_id = ph.project_id AND o.completed_on IS NULL)
       AND NOT EXISTS (SELECT 1 FROM project_phase l WHERE l.project_id = ph.project_id
                         AND l.completed_on >= to_date($1, 'YYYY-MM') + interval '1 month')
     GROUP BY ph.project_id)
  SELECT d.project_id AS "projectId", p.partner_id AS "partnerId", p.company_name AS "customerName",
         to_char(d.done, 'YYYY-MM-DD') AS "completedOn"
    FROM completed d
   CROSS JOIN LATERAL (SELECT op.partner_id, c.company_name
                         FROM onboarding_project op JOIN customer_account c ON c.id = op.customer_id
                        WHERE op.id = d.project_id AND op.partner_id = ANY($2::uuid[])
                        LIMIT 1) p
   ORDER BY d.done, p.company_name, d.project_id`;

/**
 * Monthly partner statements: each onboarding completed in the month pays the base fee times the
 * reward rate of the tier the firm held on its completion day (read from the tier history).
 */
@Injectable()
export class StatementsService {
  constructor(
    private readonly partners: PartnersService,
    private readonly tierHistory: TierHistoryService,
  ) {}

  /** The statements of the month: every active firm the caller may see, and any other with lines. */
  async statements(ctx: RequestContext, args: StatementArgs): Promise<PartnerStatement[]> {
    const visible = (await this.partners.withStatuses(ctx, Object.values(PartnerStatus))).filter(
      (p) => !args.partnerId || p.id === args.partnerId,
    );
    if (visible.length === 0) return [];
    const { baseFee } = await this.settings(ctx);
    const completed: { projectId: string; partnerId: string; customerName: string; completedOn: string }[] =
      await ctx.manager.query(COMPLETED_IN_MONTH, [args.month, visible.map((p) => p.id)]);
    const tiers = await this.tierHistory.onDays(
      ctx.manager,
      completed.map((c) => ({ partnerId: c.partnerId, day: c.completedOn })),
    );
    const lines = completed.map((c, i) => ({
      ...c,
      tier: tiers[i].tier,
      rewardRate: tiers[i].rewardRate,
      amount: Math.round(baseFee * tiers[i].rewardRate),
    }));
    return visible
      .map((p) => {
        const own = lines.filter((l) => l.partnerId === p.id);
        return {
          partnerId: p.id,
          partnerName: p.name,
          status: p.status,
          month: args.month,
          baseFee,
          completedCount: own.length,
          total: own.reduce((sum, l) => sum + l.amount, 0),
          lines: own,
        };
      })
      .filter((s) => s.status === PartnerStatus.ACTIVE || s.lines.length > 0)
      .map(({ status: _status, ...s }) => s);
  }

  settings(ctx: RequestContext): Promise<StatementSettings> {
    return ctx.manager.getRepository(StatementSettings).findOneByOrFail({ id: 1 });
  }

  async updateSettings(ctx: RequestContext, input: UpdateStatementSettingsInput): Promise<StatementSettings> {
    const repo = ctx.manager.getRepository(StatementSettings);
    const settings = await repo.findOneByOrFail({ id: 1 });
    const before = { baseFee: settings.baseFee };
    Object.assign(settings, { baseFee: input.baseFee, updatedByEmail: ctx.user?.email ?? null });
    const saved = await repo.save(settings);
    ctx.audit({
      action: 'statement.settings',
      entityType: 'StatementSettings',
      entityId: null,
      before,
      after: { baseFee: saved.baseFee },
    });
    return saved;
  }
}

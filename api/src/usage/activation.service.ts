import { Injectable } from '@nestjs/common';
import {
  activationDeadline,
  activationOutcome,
  type ActivationRule,
  addDays,
  outreachFlag,
  projectDay,
  usageMarkers,
  weeklyUsage,
} from '@baton/shared';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import type { OnboardingProject } from '../onboarding/onboarding-project.entity';
import { ProjectsService } from '../onboarding/projects.service';
import { PartnersService } from '../partners/partners.service';
import { ActivationSettingsService } from './activation-settings.service';
import type { ActivationOutreachArgs } from './dto/usage.inputs';
import type { OutreachItem, ProjectActivation, ProjectUsage } from './dto/usage.types';
import { UsageSnapshotsService } from './usage-snapshots.service';

/** The outreach list starts at day 30. */
const FIRST_OUTREACH_DAY = 30;

/** A project the outreach list may show, as `ActivationService.belowThreshold` reads it. */
interface OutreachCandidate {
  projectId: string;
  customerId: string;
  partnerId: string;
  startDate: string;
  customerName: string | null;
  latestUtilization: number | null;
  latestOn: string | null;
}

/**
 * Activation and usage markers of projects the caller may see. The rules are the pure functions of
 * libs/shared (`activationOutcome`, `outreachFlag`, `usageMarkers`), fed with the project, its
 * customer's snapshots, the settings and the `Clock`'s today.
 */
@Injectable()
export class ActivationService {
  constructor(
    private readonly settings: ActivationSettingsService,
    private readonly snapshots: UsageSnapshotsService,
    private readonly projects: ProjectsService,
    private readonly partners: PartnersService,
    private readonly clock: Clock,
  ) {}

  /** `project` was loaded through `ProjectsService` (visible to the caller). */
  async activation(ctx: RequestContext, project: OnboardingProject): Promise<ProjectActivation> {
    const [rule, points] = await Promise.all([
      this.settings.rule(ctx),
      this.snapshots.ofCustomer(ctx, project.customerId),
    ]);
    const today = this.clock.today();
    const p = { startDate: project.startDate, churned: project.churnedAt !== null };
    return {
      ...activationOutcome(p, points, rule, today),
      currentDay: projectDay(project.startDate, today),
      threshold: rule.threshold,
      windowDays: rule.windowDays,
      deadline: activationDeadline(project.startDate, rule.windowDays),
      flag: outreachFlag(p, points, rule, today),
    };
  }

  /** Weekly series and markers of the project's customer, from the project start on. */
  async usage(ctx: RequestContext, project: OnboardingProject): Promise<ProjectUsage> {
    const points = await this.snapshots.ofCustomer(ctx, project.customerId);
    const today = this.clock.today();
    return { weeks: weeklyUsage(points, today), markers: usageMarkers(points, today) };
  }

  /** The customer's snapshots of a visible project, oldest first. */
  snapshotsOf(ctx: RequestContext, project: OnboardingProject) {
    return this.snapshots.ofCustomer(ctx, project.customerId);
  }

  /** Projects flagged DAY_30/DAY_60 today (still pending, below the threshold), latest day first. */
  async outreach(ctx: RequestContext, args: ActivationOutreachArgs): Promise<OutreachItem[]> {
    const rule = await this.settings.rule(ctx);
    const today = this.clock.today();
    const candidates = await this.belowThreshold(ctx, rule, today, args.partnerId);
    const items = await Promise.all(
      candidates.map(async (c) => {
        // No report since the start reached the threshold, so `activationOutcome` finds no
        // `activatedOn` in any of them: the latest report stands for them all.
        const points = c.latestOn === null ? [] : [{ takenOn: c.latestOn, utilization: c.latestUtilization! }];
        const flag = outreachFlag({ startDate: c.startDate, churned: false }, points, rule, today);
        if (!flag || (args.flag && args.flag !== flag)) return null;
        const partner = await this.partners.get(ctx, c.partnerId);
        return {
          projectId: c.projectId,
          customerId: c.customerId,
          customerName: c.customerName ?? '',
          partnerId: c.partnerId,
          partnerName: partner?.name ?? '',
          startDate: c.startDate,
          day: projectDay(c.startDate, today),
          flag,
          latestUtilization: c.latestUtilization,
          latestOn: c.latestOn,
        };
      }),
    );
    return items
      .flatMap((i) => (i ? [i] : []))
      .sort((a, b) => b.day - a.day || a.customerName.localeCompare(b.customerName));
  }

  /**
   * The projects that may be flagged, in one statement on indexes: not churned, started within the
   * window and at least 30 days ago (so still pending), with no report at or above the threshold
   * since the start; with their customer's name and latest report, each looked up by key.
   */
  private belowThreshold(
    ctx: RequestContext,
    rule: ActivationRule,
    today: string,
    partnerId?: string,
  ): Promise<OutreachCandidate[]> {
    const latest = (column: string) =>
      `(SELECT ${column} FROM usage_snapshot u WHERE u.customer_id = p.customer_id ORDER BY u.taken_on DESC LIMIT 1)`;
    const qb = this.projects
      .visible(ctx)
      .select('p.id', 'projectId')
      .addSelect('p.customerId', 'customerId')
      .addSelect('p.partnerId', 'partnerId')
      .addSelect(`to_char(p.startDate, 'YYYY-MM-DD')`, 'startDate')
      .addSelect('(SELECT c.company_name FROM customer_account c WHERE c.id = p.customer_id)', 'customerName')
      .addSelect(latest('u.utilization'), 'latestUtilization')
      .addSelect(latest(`to_char(u.taken_on, 'YYYY-MM-DD')`), 'latestOn')
      .andWhere('p.churnedAt IS NULL')
      .andWhere('p.startDate BETWEEN :startFrom AND :startTo', {
        startFrom: addDays(today, -(rule.windowDays - 1)),
        startTo: addDays(today, -(FIRST_OUTREACH_DAY - 1)),
      })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM usage_snapshot r
                      WHERE r.customer_id = p.customer_id AND r.taken_on >= p.start_date AND r.utilization >= :threshold)`,
        { threshold: rule.threshold },
      );
    if (partnerId) qb.andWhere('p.partnerId = :outreachPartnerId', { outreachPartnerId: partnerId });
    return qb.orderBy('p.startDate', 'ASC').addOrderBy('p.id', 'ASC').getRawMany<OutreachCandidate>();
  }
}

import { Injectable } from '@nestjs/common';
import {
  activationDeadline,
  activationOutcome,
  addDays,
  outreachFlag,
  projectDay,
  usageMarkers,
  weeklyUsage,
} from '@baton/shared';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { CustomersService } from '../customers/customers.service';
import type { OnboardingProject } from '../onboarding/onboarding-project.entity';
import { ProjectsService } from '../onboarding/projects.service';
import { PartnersService } from '../partners/partners.service';
import { ActivationSettingsService } from './activation-settings.service';
import type { ActivationOutreachArgs } from './dto/usage.inputs';
import type { OutreachItem, ProjectActivation, ProjectUsage } from './dto/usage.types';
import { UsageSnapshotsService } from './usage-snapshots.service';

/** The outreach list starts at day 30. */
const FIRST_OUTREACH_DAY = 30;

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
    private readonly customers: CustomersService,
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
    // Flagged projects are pending: started within the window, and at least 30 days ago.
    const candidates = await this.projects.openStartedBetween(
      ctx,
      addDays(today, -(rule.windowDays - 1)),
      addDays(today, -(FIRST_OUTREACH_DAY - 1)),
      args.partnerId,
    );
    const flagged = await Promise.all(
      candidates.map(async (project) => {
        const points = await this.snapshots.ofCustomer(ctx, project.customerId);
        const flag = outreachFlag({ startDate: project.startDate, churned: false }, points, rule, today);
        return flag && (!args.flag || args.flag === flag) ? { project, points, flag } : null;
      }),
    );
    const items = await Promise.all(
      flagged
        .flatMap((f) => (f ? [f] : []))
        .map(async ({ project, points, flag }) => {
          const [customer, partner] = await Promise.all([
            this.customers.get(ctx, project.customerId),
            this.partners.get(ctx, project.partnerId),
          ]);
          const latest = points.at(-1) ?? null;
          return {
            projectId: project.id,
            customerId: project.customerId,
            customerName: customer?.companyName ?? '',
            partnerId: project.partnerId,
            partnerName: partner?.name ?? '',
            startDate: project.startDate,
            day: projectDay(project.startDate, today),
            flag,
            latestUtilization: latest?.utilization ?? null,
            latestOn: latest?.takenOn ?? null,
          };
        }),
    );
    return items.sort((a, b) => b.day - a.day || a.customerName.localeCompare(b.customerName));
  }
}

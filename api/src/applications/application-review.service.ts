import { Injectable } from '@nestjs/common';
import { Role } from '@baton/shared';
import { scopedQuery } from '../common/access/scoped-query';
import type { RequestContext } from '../common/context/request-context';
import type { NotFoundError } from '../common/errors/not-found.error';
import type { EmailAlreadyUsedError } from '../identity/identity.errors';
import { InvitationsService } from '../identity/invitations.service';
import type { Partner } from '../partners/partner.entity';
import { PartnerAdminService } from '../partners/partner-admin.service';
import { ApplicationScore } from './application-score.entity';
import { ApplicationAlreadyDecidedError, ApplicationNotScoredError, applicationNotFound } from './applications.errors';
import { sortByCriterion } from './applications.service';
import type {
  ApprovePartnerApplicationInput,
  RejectPartnerApplicationInput,
  ScorePartnerApplicationInput,
} from './dto/review-partner-application.input';
import { DECIDED_STATUSES, PartnerApplication, PartnerApplicationStatus } from './partner-application.entity';
import { unscoredCriteria } from './scorecard';

export interface Approval {
  application: PartnerApplication;
  partner: Partner;
  invitationUrl: string;
}

/**
 * Vendor staff vet an application: score the six criteria, then approve or reject. Each step
 * locks the application row, so two reviewers cannot decide it twice.
 */
@Injectable()
export class ApplicationReviewService {
  constructor(
    private readonly partnerAdmin: PartnerAdminService,
    private readonly invitations: InvitationsService,
  ) {}

  async score(
    ctx: RequestContext,
    input: ScorePartnerApplicationInput,
  ): Promise<PartnerApplication | NotFoundError | ApplicationAlreadyDecidedError> {
    const application = await this.forUpdate(ctx, input.applicationId);
    if (!application) return applicationNotFound(ctx);
    if (DECIDED_STATUSES.includes(application.status)) {
      return new ApplicationAlreadyDecidedError(ctx, application.status);
    }
    const scores = ctx.manager.getRepository(ApplicationScore);
    const before = await scores.findBy({ applicationId: application.id });
    await scores
      .createQueryBuilder()
      .insert()
      .values(
        input.scores.map((s) => ({
          applicationId: application.id,
          criterion: s.criterion,
          score: s.score,
          note: s.note,
          scoredByEmail: ctx.user?.email ?? null,
        })),
      )
      .orUpdate(['score', 'note', 'scored_by_email', 'scored_at'], ['application_id', 'criterion'])
      .execute();
    const fromStatus = application.status;
    if (fromStatus === PartnerApplicationStatus.SUBMITTED) {
      application.status = PartnerApplicationStatus.UNDER_REVIEW;
      await ctx.manager.getRepository(PartnerApplication).save(application);
    }
    ctx.audit({
      action: 'partnerApplication.score',
      entityType: 'PartnerApplication',
      entityId: application.id,
      before: {
        status: fromStatus,
        scores: brief(before.filter((b) => input.scores.some((s) => s.criterion === b.criterion))),
      },
      after: { status: application.status, scores: brief(input.scores) },
    });
    return application;
  }

  async approve(
    ctx: RequestContext,
    input: ApprovePartnerApplicationInput,
  ): Promise<
    Approval | NotFoundError | ApplicationAlreadyDecidedError | ApplicationNotScoredError | EmailAlreadyUsedError
  > {
    const application = await this.forUpdate(ctx, input.applicationId);
    if (!application) return applicationNotFound(ctx);
    if (DECIDED_STATUSES.includes(application.status)) {
      return new ApplicationAlreadyDecidedError(ctx, application.status);
    }
    const scores = await ctx.manager.getRepository(ApplicationScore).findBy({ applicationId: application.id });
    const missing = unscoredCriteria(scores);
    if (missing.length) return new ApplicationNotScoredError(ctx, missing);

    const partner = await this.partnerAdmin.createFromApplication(
      ctx,
      {
        name: application.firmName,
        kind: application.kind,
        headcountAtStart: application.headcountAtStart,
        contactName: application.contactName,
        contactEmail: application.contactEmail,
        contactPhone: application.contactPhone,
        description: application.expansionPlans,
        industries: application.industries,
        productModules: application.productModules,
        regions: application.regions,
        languages: application.languages,
        customerSizeBands: application.customerSizeBands,
      },
      `Application ${application.reference} approved`,
    );
    // An error result here rolls back the whole approval, the new firm included.
    const invited = await this.invitations.invite(ctx, {
      email: application.contactEmail,
      displayName: application.contactName,
      role: Role.PARTNER_ADMIN,
      partnerId: partner.id,
    });
    if (!('invitation' in invited)) return invited;

    const fromStatus = application.status;
    Object.assign(application, {
      status: PartnerApplicationStatus.APPROVED,
      decisionReason: input.note || null,
      decidedAt: new Date(),
      decidedByEmail: ctx.user?.email ?? null,
      createdPartnerId: partner.id,
    });
    const saved = await ctx.manager.getRepository(PartnerApplication).save(application);
    ctx.audit({
      action: 'partnerApplication.approve',
      entityType: 'PartnerApplication',
      entityId: application.id,
      before: { status: fromStatus },
      after: {
        status: saved.status,
        note: saved.decisionReason,
        partnerId: partner.id,
        invitationId: invited.invitation.id,
        invitedEmail: invited.invitation.email,
        scores: brief(sortByCriterion(scores)),
      },
    });
    return { application: saved, partner, invitationUrl: invited.acceptUrl };
  }

  async reject(
    ctx: RequestContext,
    input: RejectPartnerApplicationInput,
  ): Promise<PartnerApplication | NotFoundError | ApplicationAlreadyDecidedError> {
    const application = await this.forUpdate(ctx, input.applicationId);
    if (!application) return applicationNotFound(ctx);
    if (DECIDED_STATUSES.includes(application.status)) {
      return new ApplicationAlreadyDecidedError(ctx, application.status);
    }
    const fromStatus = application.status;
    Object.assign(application, {
      status: PartnerApplicationStatus.REJECTED,
      decisionReason: input.reason,
      decidedAt: new Date(),
      decidedByEmail: ctx.user?.email ?? null,
    });
    const saved = await ctx.manager.getRepository(PartnerApplication).save(application);
    ctx.audit({
      action: 'partnerApplication.reject',
      entityType: 'PartnerApplication',
      entityId: application.id,
      before: { status: fromStatus },
      after: { status: saved.status, reason: saved.decisionReason },
    });
    return saved;
  }

  private forUpdate(ctx: RequestContext, id: string): Promise<PartnerApplication | null> {
    return scopedQuery(ctx, PartnerApplication, 'a')
      .andWhere('a.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }
}

function brief(scores: { criterion: string; score: number; note: string }[]) {
  return scores.map(({ criterion, score, note }) => ({ criterion, score, note }));
}

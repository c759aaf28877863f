import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import { NotFoundError } from '../common/errors/not-found.error';
import type { Page } from '../common/pagination';
import { PartnersService } from '../partners/partners.service';
import { CertificationsService } from '../training/certifications.service';
import { AnnouncementAcknowledgement } from './announcement-acknowledgement.entity';
import { Announcement } from './announcement.entity';
import type { PublishAnnouncementInput } from './dto/publish-announcement.input';

/** Product updates: published by vendor staff, read and acknowledged by the partners they are for. */
@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly partners: PartnersService,
    private readonly certifications: CertificationsService,
  ) {}

  async publish(ctx: RequestContext, input: PublishAnnouncementInput): Promise<Announcement> {
    const repo = ctx.manager.getRepository(Announcement);
    const tiers = [...new Set(input.audienceTiers)].sort((a, b) => a - b);
    const announcement = repo.create({
      title: input.title,
      body: input.body,
      audienceTiers: tiers,
      recertificationProductArea: input.recertificationProductArea ?? null,
      publishedByEmail: ctx.user?.email ?? null,
    });
    if (announcement.recertificationProductArea) {
      const partnerIds = tiers.length ? await this.partners.idsWithTiers(ctx, tiers) : undefined;
      announcement.certificationsMarked = await this.certifications.markNeedsRenewal(
        ctx,
        announcement.recertificationProductArea,
        partnerIds,
      );
    }
    const saved = await repo.save(announcement);
    ctx.audit({
      action: 'announcement.publish',
      entityType: 'Announcement',
      entityId: saved.id,
      after: {
        title: saved.title,
        audienceTiers: tiers,
        recertificationProductArea: saved.recertificationProductArea,
        certificationsMarked: saved.certificationsMarked,
      },
    });
    return saved;
  }

  /** Vendor staff and auditors: every announcement. Partner users: those meant for their firm's tier. */
  async list(ctx: RequestContext, skip: number, take: number): Promise<Page<Announcement>> {
    const qb = ctx.isPartnerUser ? await this.visibleToMyFirm(ctx) : scopedQuery(ctx, Announcement, 'a');
    const [items, totalItems] = await qb
      .orderBy('a.publishedAt', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalItems };
  }

  async get(ctx: RequestContext, id: string): Promise<Announcement | null> {
    const qb = ctx.isPartnerUser ? await this.visibleToMyFirm(ctx) : scopedQuery(ctx, Announcement, 'a');
    return qb.andWhere('a.id = :id', { id }).getOne();
  }

  /** Idempotent: a second acknowledgement keeps the first receipt. */
  async acknowledge(ctx: RequestContext, id: string): Promise<Announcement | NotFoundError> {
    const announcement = await this.get(ctx, id);
    if (!announcement || !ctx.partnerId || !ctx.user) return new NotFoundError(ctx, 'announcement');
    await ctx.manager
      .createQueryBuilder()
      .insert()
      .into(AnnouncementAcknowledgement)
      .values({ announcementId: id, partnerId: ctx.partnerId, userId: ctx.user.id, userEmail: ctx.user.email })
      .orIgnore()
      .execute();
    ctx.audit({ action: 'announcement.acknowledge', entityType: 'Announcement', entityId: id });
    return announcement;
  }

  /** Whether the signed-in user acknowledged each announcement of a page (one statement). */
  acknowledgedByMe(ctx: RequestContext, announcementId: string): Promise<boolean> {
    return ctx
      .loader<boolean>('announcement.ackByMe', async (ids) => {
        if (!ctx.user) return ids.map(() => false);
        const rows = await scopedQuery(ctx, AnnouncementAcknowledgement, 'k')
          .andWhere('k.announcementId IN (:...ids) AND k.userId = :userId', { ids, userId: ctx.user.id })
          .getMany();
        const acked = new Set(rows.map((r) => r.announcementId));
        return ids.map((id) => acked.has(id));
      })
      .load(announcementId) as Promise<boolean>;
  }

  /** Who has read each announcement of a page, oldest receipt first (one statement). */
  readReceipts(ctx: RequestContext, announcementId: string): Promise<AnnouncementAcknowledgement[]> {
    return ctx
      .loader<AnnouncementAcknowledgement[]>('announcement.receipts', async (ids) => {
        const rows = await scopedQuery(ctx, AnnouncementAcknowledgement, 'k')
          .andWhere('k.announcementId IN (:...ids)', { ids })
          .orderBy('k.at', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.announcementId === id));
      })
      .load(announcementId) as Promise<AnnouncementAcknowledgement[]>;
  }

  /**
   * Announcements are program-wide rows; a partner user reads those addressed to every
   * partner or to its firm's tier. The firm comes from ctx, so no other firm's view is reachable.
   */
  private async visibleToMyFirm(ctx: RequestContext) {
    const firm = ctx.partnerId ? await this.partners.get(ctx, ctx.partnerId) : null;
    return ctx.manager
      .getRepository(Announcement)
      .createQueryBuilder('a')
      .where(firm ? `(a.audienceTiers = '{}' OR :tier = ANY(a.audienceTiers))` : '1 = 0', { tier: firm?.tier ?? 0 });
  }
}

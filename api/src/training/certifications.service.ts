import { Injectable } from '@nestjs/common';
import { Role } from '@baton/shared';
import { scopedQuery } from '../common/access/scoped-query';
import type { RequestContext } from '../common/context/request-context';
import type { NotFoundError } from '../common/errors/not-found.error';
import type { Page } from '../common/pagination';
import { CatalogService } from './catalog.service';
import { Consultant } from './consultant.entity';
import { ConsultantsService } from './consultants.service';
import type {
  CertificationListArgs,
  CertifyConsultantInput,
  RevokeCertificationInput,
} from './dto/certification.input';
import { CertificationStatus, SkillCertification } from './skill-certification.entity';
import { TrainingRecordsService } from './training-records.service';
import { TrainingStatus } from './training-record.entity';
import { addMonths, DEFAULT_VALID_MONTHS } from './training-rules';
import { ConsultantInactiveError, notFound, TrainingIncompleteError } from './training.errors';

/** The SQL twin of `certificationStatus`: the same precedence, evaluated by PostgreSQL at now(). */
const STATUS_SQL: Record<CertificationStatus, string> = {
  [CertificationStatus.REVOKED]: 's.revokedAt IS NOT NULL',
  [CertificationStatus.EXPIRED]: 's.revokedAt IS NULL AND s.expiresAt <= now()',
  [CertificationStatus.NEEDS_RENEWAL]: 's.revokedAt IS NULL AND s.expiresAt > now() AND s.needsRenewal = true',
  [CertificationStatus.ACTIVE]: 's.revokedAt IS NULL AND s.expiresAt > now() AND s.needsRenewal = false',
};

/**
 * Skill certifications. Granted by vendor staff once the curriculum's required modules are
 * PASSED; they lapse by themselves (status derived from `expiresAt`), so no job is needed.
 * `isCertified` and `markNeedsRenewal` are for the assignment and announcement work.
 */
@Injectable()
export class CertificationsService {
  constructor(
    private readonly consultants: ConsultantsService,
    private readonly catalog: CatalogService,
    private readonly records: TrainingRecordsService,
  ) {}

  /** Certifications the caller may see (a partner member: their own). */
  visible(ctx: RequestContext) {
    const qb = scopedQuery(ctx, SkillCertification, 's');
    if (ctx.role === Role.PARTNER_MEMBER) {
      qb.andWhere('s.consultantId IN (SELECT own.id FROM consultant own WHERE own.user_id = :selfUserId)', {
        selfUserId: ctx.user!.id,
      });
    }
    return qb;
  }

  async list(ctx: RequestContext, args: CertificationListArgs): Promise<Page<SkillCertification>> {
    const qb = this.visible(ctx);
    const f = args.filter ?? {};
    if (f.partnerId) qb.andWhere('s.partnerId = :partnerId', { partnerId: f.partnerId });
    if (f.consultantId) qb.andWhere('s.consultantId = :consultantId', { consultantId: f.consultantId });
    if (f.productArea) qb.andWhere('s.productArea = :productArea', { productArea: f.productArea });
    if (f.status) qb.andWhere(STATUS_SQL[f.status]);
    const [items, totalItems] = await qb
      .orderBy('s.expiresAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .skip(args.skip)
      .take(args.take)
      .getManyAndCount();
    return { items, totalItems };
  }

  /** A consultant's certifications, batched over a page of consultants. */
  certificationsOf(ctx: RequestContext, consultantId: string): Promise<SkillCertification[]> {
    return ctx
      .loader<SkillCertification[]>('certification.byConsultant', async (ids) => {
        const rows = await this.visible(ctx)
          .andWhere('s.consultantId IN (:...ids)', { ids })
          .orderBy('s.productArea')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.consultantId === id));
      })
      .load(consultantId) as Promise<SkillCertification[]>;
  }

  /** Grants, or renews, the certification of a consultant for a product area. */
  async certify(
    ctx: RequestContext,
    input: CertifyConsultantInput,
  ): Promise<SkillCertification | NotFoundError | ConsultantInactiveError | TrainingIncompleteError> {
    const consultant = await this.consultants.get(ctx, input.consultantId);
    if (!consultant) return notFound(ctx, 'consultant');
    if (!consultant.active) return new ConsultantInactiveError(ctx, consultant.displayName);
    const curriculum = await this.catalog.curriculumOf(ctx, input.productArea);
    if (!curriculum?.active) return notFound(ctx, 'curriculum');
    const required = await this.catalog.modules(ctx, { productAreas: [input.productArea], requiredOnly: true });
    const passed = new Set(
      (
        await this.records
          .visible(ctx)
          .andWhere('r.consultantId = :cid AND r.status = :passed', {
            cid: consultant.id,
            passed: TrainingStatus.PASSED,
          })
          .getMany()
      ).map((r) => r.moduleId),
    );
    const missing = required.filter((m) => !passed.has(m.id));
    if (missing.length) return new TrainingIncompleteError(ctx, input.productArea, missing);

    const repo = ctx.manager.getRepository(SkillCertification);
    const current = await this.visible(ctx)
      .andWhere('s.consultantId = :cid AND s.productArea = :area', { cid: consultant.id, area: input.productArea })
      .setLock('pessimistic_write')
      .getOne();
    const certifiedAt = new Date();
    const grant = {
      certifiedAt,
      expiresAt: addMonths(certifiedAt, input.validMonths ?? DEFAULT_VALID_MONTHS),
      signedOffByEmail: ctx.user?.email ?? null,
      needsRenewal: false,
      revokedAt: null,
      revokedReason: null,
    };
    const before = current ? certificationOf(current) : null;
    const saved = await repo.save(
      current
        ? Object.assign(current, grant)
        : repo.create({
            ...grant,
            partnerId: consultant.partnerId,
            consultantId: consultant.id,
            productArea: input.productArea,
          }),
    );
    ctx.audit({
      action: current ? 'certification.renew' : 'certification.grant',
      entityType: 'SkillCertification',
      entityId: saved.id,
      before,
      after: certificationOf(saved),
    });
    return saved;
  }

  async revoke(ctx: RequestContext, input: RevokeCertificationInput): Promise<SkillCertification | NotFoundError> {
    const cert = await this.visible(ctx)
      .andWhere('s.id = :id', { id: input.certificationId })
      .setLock('pessimistic_write')
      .getOne();
    if (!cert) return notFound(ctx, 'certification');
    const before = certificationOf(cert);
    Object.assign(cert, { revokedAt: new Date(), revokedReason: input.reason.trim() });
    const saved = await ctx.manager.getRepository(SkillCertification).save(cert);
    ctx.audit({
      action: 'certification.revoke',
      entityType: 'SkillCertification',
      entityId: saved.id,
      before,
      after: certificationOf(saved),
    });
    return saved;
  }

  /**
   * Whether an active consultant holds an ACTIVE certification (not revoked, not expired, not
   * awaiting renewal) for the product area: one statement, decided by PostgreSQL at now().
   */
  isCertified(ctx: RequestContext, consultantId: string, productArea: string): Promise<boolean> {
    return this.visible(ctx)
      .innerJoin(Consultant, 'c', 'c.id = s.consultantId AND c.active = true')
      .andWhere('s.consultantId = :consultantId AND s.productArea = :productArea', { consultantId, productArea })
      .andWhere(STATUS_SQL[CertificationStatus.ACTIVE])
      .getExists();
  }

  /**
   * Active consultants certified (in force) for every one of `productAreas`, grouped by firm:
   * who may lead an onboarding of those products. One statement.
   */
  async certifiedForAll(ctx: RequestContext, productAreas: string[]): Promise<Map<string, Consultant[]>> {
    const ids = await this.visible(ctx)
      .select('s.consultantId', 'id')
      .innerJoin(Consultant, 'c', 'c.id = s.consultantId AND c.active = true')
      .andWhere('s.productArea = ANY(:productAreas)', { productAreas })
      .andWhere(STATUS_SQL[CertificationStatus.ACTIVE])
      .groupBy('s.consultantId')
      .having('count(DISTINCT s.productArea) = :n', { n: new Set(productAreas).size })
      .getRawMany<{ id: string }>();
    const consultants = await Promise.all(ids.map((r) => this.consultants.get(ctx, r.id)));
    const byFirm = new Map<string, Consultant[]>();
    for (const c of consultants.filter((c): c is Consultant => c !== null).sort(byName)) {
      byFirm.set(c.partnerId, [...(byFirm.get(c.partnerId) ?? []), c]);
    }
    return byFirm;
  }

  /**
   * An announcement requires re-certification of a product area: every certification of it
   * that is still in force (of the given firms, when the announcement is for some tiers only) needs renewal. Returns how many changed. Writes no audit entry: the
   * calling mutation (publishing the announcement) records the one entry.
   */
  async markNeedsRenewal(ctx: RequestContext, productArea: string, partnerIds?: string[]): Promise<number> {
    if (ctx.isPartnerUser) throw new Error('markNeedsRenewal is program-wide: not for partner users');
    if (partnerIds && !partnerIds.length) return 0;
    const qb = ctx.manager
      .createQueryBuilder()
      .update(SkillCertification)
      .set({ needsRenewal: true })
      .where('product_area = :productArea AND needs_renewal = false', { productArea })
      .andWhere('revoked_at IS NULL AND expires_at > now()');
    if (partnerIds) qb.andWhere('partner_id IN (:...partnerIds)', { partnerIds });
    return (await qb.execute()).affected ?? 0;
  }
}

function certificationOf(c: SkillCertification) {
  const { createdAt: _c, updatedAt: _u, id: _id, partnerRef: _p, consultantRef: _cr, ...rest } = c;
  return rest;
}

const byName = (a: Consultant, b: Consultant) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id);

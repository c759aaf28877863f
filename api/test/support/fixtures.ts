import { OnboardingProject } from '../../src/onboarding/onboarding-project.entity';
import { Assignment, AssignmentStatus } from '../../src/assignments/assignment.entity';
import { ALL_LINES, CapacityPlan } from '../../src/capacity/capacity-plan.entity';
import { currentMonth } from '../../src/capacity/month';
import { CustomerAccount } from '../../src/customers/customer-account.entity';
import { createHash, randomBytes } from 'node:crypto';
import { Role } from '@baton/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/identity/password-hasher';
import { Announcement } from '../../src/announcements/announcement.entity';
import { Invitation } from '../../src/identity/invitation.entity';
import { User } from '../../src/identity/user.entity';
import { Partner, PartnerKind, PartnerStatus } from '../../src/partners/partner.entity';
import { Consultant } from '../../src/training/consultant.entity';
import { Curriculum } from '../../src/training/curriculum.entity';
import { SkillCertification } from '../../src/training/skill-certification.entity';
import { TrainingModule, TrainingModuleKind } from '../../src/training/training-module.entity';
import { TrainingRecord, TrainingStatus } from '../../src/training/training-record.entity';

export const PASSWORD = 'correct-horse-battery';

export const ACTORS = [
  'anonymous',
  'vendorAdmin',
  'vendorStaff',
  'auditor',
  'partnerAAdmin',
  'partnerAMember',
  'partnerBAdmin',
] as const;
export type Actor = (typeof ACTORS)[number];

export interface Fixtures {
  partnerA: Partner;
  partnerB: Partner;
  users: Record<Exclude<Actor, 'anonymous'>, User>;
  /** A fresh ACTIVE firm, e.g. the target of a status change that must not disturb partner A. */
  createPartner(): Promise<Partner>;
  /** A pending invitation into a firm; returns the token of its link. */
  createInvitation(partner: Partner, role?: Role): Promise<string>;
  /** A fresh user, e.g. the target of a mutation that must not disturb the actors. */
  createUser(role: Role, partner?: Partner): Promise<User>;
  /** A consultant of the firm; with `user`, the consultant that user is (same e-mail, linked). */
  createConsultant(partner: Partner, user?: User): Promise<Consultant>;
  /** The curriculum of a product area, created on first use. */
  createCurriculum(productArea: string): Promise<Curriculum>;
  /** A fresh module of the product area's curriculum (the curriculum is created once). */
  createTrainingModule(productArea: string, kind?: TrainingModuleKind, required?: boolean): Promise<TrainingModule>;
  /** A training record as the partner reported it. */
  createTrainingRecord(consultant: Consultant, module: TrainingModule, status: TrainingStatus): Promise<TrainingRecord>;
  /** A certification in force for a year (or renewed, when one exists). */
  createCertification(consultant: Consultant, productArea: string): Promise<SkillCertification>;
  /** An announcement for every partner; returns its id. */
  createAnnouncement(): Promise<string>;
  /** A queued customer (or one held by `partnerId`). */
  createCustomer(overrides?: Partial<CustomerAccount>): Promise<CustomerAccount>;
  /** Sets a firm's offer for a month (every line unless given); answers the plan. */
  offer(partner: Partner, month: string, slots: number, productLine?: string): Promise<CapacityPlan>;
  /** An ACTIVE assignment of a new customer to the firm this month, with a certified lead and its slot consumed. */
  createAssignment(partner: Partner, overrides?: Partial<Assignment>): Promise<Assignment>;
  /** An onboarding project of an accepted assignment, started `startDate` (default today) with the current template's phases. */
  createProject(partner: Partner, opts?: { leadConsultantId?: string; startDate?: string }): Promise<OnboardingProject>;
  /** Ids, names and e-mails a partner actor must never receive: the other firm's rows. */
  foreignMarkers(actor: Actor): Promise<string[]>;
}

let hashed: Promise<string> | undefined;
let seq = 0;

export async function createFixtures(ds: DataSource): Promise<Fixtures> {
  hashed ??= hashPassword(PASSWORD);
  const passwordHash = await hashed;
  const partners = ds.getRepository(Partner);
  const partnerA = await partners.save({
    name: 'Alpha Tax Office',
    kind: PartnerKind.TAX_ACCOUNTANT_OFFICE,
    status: PartnerStatus.ACTIVE,
  });
  const partnerB = await partners.save({
    name: 'Beta Systems',
    kind: PartnerKind.SYSTEM_INTEGRATOR,
    status: PartnerStatus.ACTIVE,
  });

  const createUser = (role: Role, partner?: Partner, email?: string) =>
    ds.getRepository(User).save({
      email: email ?? `user${++seq}-${Date.now()}@test.example`,
      displayName: `Test ${role} ${seq}`,
      role,
      partnerId: partner?.id ?? null,
      locale: 'en' as const,
      passwordHash,
    });

  const users = {
    vendorAdmin: await createUser(Role.VENDOR_ADMIN, undefined, 'admin@vendor.test'),
    vendorStaff: await createUser(Role.VENDOR_STAFF, undefined, 'staff@vendor.test'),
    auditor: await createUser(Role.AUDITOR, undefined, 'auditor@vendor.test'),
    partnerAAdmin: await createUser(Role.PARTNER_ADMIN, partnerA, 'admin@alpha.test'),
    partnerAMember: await createUser(Role.PARTNER_MEMBER, partnerA, 'member@alpha.test'),
    partnerBAdmin: await createUser(Role.PARTNER_ADMIN, partnerB, 'admin@beta.test'),
  };

  const markersOf = async (partner: Partner) => {
    const members = await ds.getRepository(User).findBy({ partnerId: partner.id });
    const consultants = await ds.getRepository(Consultant).findBy({ partnerId: partner.id });
    const customers = await ds.getRepository(CustomerAccount).findBy({ partnerId: partner.id });
    const assignments = await ds.getRepository(Assignment).findBy({ partnerId: partner.id });
    const plans = await ds.getRepository(CapacityPlan).findBy({ partnerId: partner.id });
    const projects = await ds.getRepository(OnboardingProject).findBy({ partnerId: partner.id });
    const surveys: { id: string; token: string }[] = await ds.query(
      `SELECT id, token FROM survey WHERE partner_id = $1`,
      [partner.id],
    );
    return [
      partner.id,
      partner.name,
      ...members.flatMap((u) => [u.id, u.email]),
      ...consultants.flatMap((c) => [c.id, c.email]),
      ...customers.flatMap((c) => [c.id, c.companyName]),
      ...assignments.map((a) => a.id),
      ...plans.map((p) => p.id),
      ...projects.map((p) => p.id),
      ...surveys.flatMap((s) => [s.id, s.token]),
      ...(await ds.query(`SELECT id FROM meeting WHERE partner_id = $1`, [partner.id])).map(
        (m: { id: string }) => m.id,
      ),
    ];
  };

  const foreignMarkers = async (actor: Actor) => {
    if (actor === 'partnerBAdmin') return markersOf(partnerA);
    if (actor === 'partnerAAdmin' || actor === 'partnerAMember') return markersOf(partnerB);
    return [];
  };

  const createInvitation = async (partner: Partner, role = Role.PARTNER_MEMBER) => {
    const token = randomBytes(32).toString('base64url');
    await ds.getRepository(Invitation).insert({
      email: `invited${++seq}-${Date.now()}@test.example`,
      displayName: `Invited ${seq}`,
      role,
      partnerId: partner.id,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    return token;
  };

  const createConsultant = async (partner: Partner, user?: User) => {
    const n = ++seq;
    const email = user?.email ?? `consultant${n}-${Date.now()}@${partner.id.slice(0, 8)}.test`;
    await ds.getRepository(Consultant).insert({ partnerId: partner.id, email, displayName: `Consultant ${n}` });
    return ds.getRepository(Consultant).findOneByOrFail({ partnerId: partner.id, email });
  };

  const createCurriculum = async (productArea: string) => {
    await ds
      .createQueryBuilder()
      .insert()
      .into(Curriculum)
      .values({ productArea, name: `${productArea} curriculum` })
      .orIgnore()
      .execute();
    return ds.getRepository(Curriculum).findOneByOrFail({ productArea });
  };

  const createTrainingModule = async (
    productArea: string,
    kind = TrainingModuleKind.ONLINE_COURSE,
    required = true,
  ) => {
    await createCurriculum(productArea);
    return ds.getRepository(TrainingModule).save({
      productArea,
      kind,
      title: `${kind} ${++seq}`,
      passCriteria: 'Pass the final check',
      required,
    });
  };

  const createTrainingRecord = (consultant: Consultant, module: TrainingModule, status: TrainingStatus) =>
    ds.getRepository(TrainingRecord).save({
      partnerId: consultant.partnerId,
      consultantId: consultant.id,
      moduleId: module.id,
      status,
    });

  const createCertification = async (consultant: Consultant, productArea: string) => {
    const certifiedAt = new Date();
    await ds
      .createQueryBuilder()
      .insert()
      .into(SkillCertification)
      .values({
        partnerId: consultant.partnerId,
        consultantId: consultant.id,
        productArea,
        certifiedAt,
        expiresAt: new Date(certifiedAt.getTime() + 365 * 86_400_000),
      })
      .orUpdate(['certified_at', 'expires_at', 'revoked_at', 'needs_renewal'], ['consultant_id', 'product_area'])
      .execute();
    return ds.getRepository(SkillCertification).findOneByOrFail({ consultantId: consultant.id, productArea });
  };

  const createCustomer = (overrides: Partial<CustomerAccount> = {}) =>
    ds.getRepository(CustomerAccount).save({
      externalId: `CRM-${++seq}-${Date.now()}`,
      companyName: `Customer ${seq} K.K.`,
      industry: 'MANUFACTURING',
      employeeBand: '21-100',
      prefecture: 'JP-13',
      products: ['ACCOUNTING'],
      contractDate: '2026-11-01',
      segment: 'SMB',
      partnerId: null,
      ...overrides,
    });

  const offer = async (partner: Partner, month: string, slots: number, productLine = ALL_LINES) => {
    await ds.query(
      `INSERT INTO capacity_plan (partner_id, month, product_line, slots_offered) VALUES ($1, $2, $3, $4)
       ON CONFLICT (partner_id, month, product_line) DO UPDATE SET slots_offered = EXCLUDED.slots_offered`,
      [partner.id, `${month}-01`, productLine, slots],
    );
    return ds.getRepository(CapacityPlan).findOneByOrFail({ partnerId: partner.id, month: `${month}-01`, productLine });
  };

  const createAssignment = async (partner: Partner, overrides: Partial<Assignment> = {}) => {
    const lead = await createConsultant(partner);
    await createCertification(lead, 'ACCOUNTING');
    const month = currentMonth();
    await ds.query(
      `INSERT INTO capacity_plan (partner_id, month, product_line, slots_offered) VALUES ($1, $2, $3, 1000)
       ON CONFLICT (partner_id, month, product_line) DO NOTHING`,
      [partner.id, `${month}-01`, ALL_LINES],
    );
    const plan = await ds.getRepository(CapacityPlan).findOneByOrFail({
      partnerId: partner.id,
      month: `${month}-01`,
      productLine: ALL_LINES,
    });
    await ds.query('UPDATE capacity_plan SET slots_consumed = slots_consumed + 1 WHERE id = $1', [plan.id]);
    const customer = await createCustomer({ partnerId: partner.id });
    return ds.getRepository(Assignment).save({
      customerId: customer.id,
      partnerId: partner.id,
      leadConsultantId: lead.id,
      month: `${month}-01`,
      capacityPlanId: plan.id,
      status: AssignmentStatus.ACTIVE,
      declineBy: new Date(Date.now() + 5 * 86_400_000),
      ...overrides,
    });
  };

  const createProject = async (partner: Partner, opts: { leadConsultantId?: string; startDate?: string } = {}) => {
    const a = await createAssignment(partner, {
      acceptedAt: new Date(),
      ...(opts.leadConsultantId ? { leadConsultantId: opts.leadConsultantId } : {}),
    });
    const startDate = opts.startDate ?? new Date().toISOString().slice(0, 10);
    const [template] = await ds.query(`SELECT id FROM onboarding_template WHERE current`);
    const project = await ds.getRepository(OnboardingProject).save({
      assignmentId: a.id,
      customerId: a.customerId,
      partnerId: partner.id,
      leadConsultantId: a.leadConsultantId,
      templateId: template.id,
      startDate,
    });
    await ds.query(
      `INSERT INTO project_phase (project_id, partner_id, position, name_en, name_ja, due_date, survey_on_completion)
       SELECT $1, $2, position, name_en, name_ja, CAST($3 AS date) + due_day - 1, survey_on_completion
         FROM template_phase WHERE template_id = $4`,
      [project.id, partner.id, startDate, template.id],
    );
    return project;
  };

  const createPartner = () =>
    partners.save({ name: `Firm ${++seq}`, kind: PartnerKind.OTHER, status: PartnerStatus.ACTIVE });

  return {
    partnerA,
    partnerB,
    users,
    createUser: (role, partner) => createUser(role, partner),
    createPartner,
    createConsultant,
    createCurriculum,
    createTrainingModule,
    createTrainingRecord,
    createCertification,
    createAnnouncement: async () =>
      (await ds.getRepository(Announcement).save({ title: `News ${++seq}`, body: 'b', audienceTiers: [] })).id,
    createInvitation,
    createCustomer,
    offer,
    createAssignment,
    createProject,
    foreignMarkers,
  };
}

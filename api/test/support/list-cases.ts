import { randomBytes } from 'node:crypto';
import { Role } from '@baton/shared';
import { currentMonth, monthsFrom } from '../../src/capacity/month';
import { Partner } from '../../src/partners/partner.entity';
import { TrainingModuleKind } from '../../src/training/training-module.entity';
import { TrainingStatus } from '../../src/training/training-record.entity';
import { insertApplication } from './applications';
import type { Actor } from './fixtures';
import { portalDocument } from '../../src/bench/portal-documents';
import type { TestEnvironment } from './test-environment';

/** How one list operation is asked for and filled, for `statement-count.e2e-spec.ts`. */
export interface ListCase {
  /** What the vendor console sends (portal operations by name, or documents written here). */
  vendor: string[];
  /** What the partner portal sends, when it differs from the vendor's. */
  partner?: string[];
  vars?: () => Record<string, unknown>;
  /** Adds one row of the list held by `firm` (or a row program-wide, whatever the firm). */
  seed(firm: Partner, n: number): Promise<void>;
  /** SQL statements the app sends for one request (QueryCounter), at most, whatever the page size. */
  bound: number;
  /** Rows of the answer, when not `items` or the list itself. */
  rows?: (answer: never) => number;
  /** Principals for whom the list cannot grow (a partner sees its own firm only): only the cost is compared. */
  fixed?: readonly Actor[];
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const unique = () => randomBytes(4).toString('hex');

/** Every list operation of the schema, keyed by its Query field. */
export function listCases(env: TestEnvironment): Record<string, ListCase> {
  const { db, fx } = env;
  const sql = (text: string, params: unknown[] = []) => db.query(text, params);
  const project = (firm: Partner, startDate?: string) => fx.createProject(firm, { startDate });
  const A = () => ({ partnerId: fx.partnerA.id });

  return {
    partners: {
      vendor: [
        portalDocument('Partners'),
        // Beside the directory's row: the firm's tier, its capacity this month and its consultants.
        `query ($take: Int) { partners(take: $take) { totalItems items { id name tier status consultantCount
           capacitySummary(months: 1) { totalOffered totalConsumed totalFree months { month offered consumed free } } } } }`,
        `query ($take: Int) { partners(take: $take) { items { id statusHistory { id toStatus reason } } } }`,
      ],
      async seed(_firm, n) {
        const firm = await db.getRepository(Partner).save({ ...(await fx.createPartner()), tier: (n % 5) + 1 });
        await fx.offer(firm, currentMonth(), 10);
        await fx.createConsultant(firm);
        await sql(
          `INSERT INTO partner_status_change (partner_id, to_status, reason) VALUES ($1, 'ACTIVE', 'approved')`,
          [firm.id],
        );
        const application = await insertApplication(db, { scored: true });
        await sql(
          `UPDATE partner_application SET created_partner_id = $1, status = 'APPROVED', decided_at = now() WHERE id = $2`,
          [firm.id, application.id],
        );
      },
      bound: 5,
      fixed: ['partnerAAdmin'],
    },

    users: {
      vendor: [portalDocument('Users')],
      seed: async (firm) => void (await fx.createUser(Role.PARTNER_MEMBER, firm)),
      bound: 4,
    },

    customers: {
      vendor: [portalDocument('CustomersList'), portalDocument('AutoAssignmentQueue')],
      partner: [portalDocument('CustomersList')],
      seed: async (firm) => {
        await fx.createAssignment(firm);
        await fx.createCustomer(); // the queue
      },
      bound: 4,
    },

    assignments: {
      vendor: [portalDocument('Assignments')],
      partner: [portalDocument('PartnerAssignments')],
      seed: async (firm) => void (await fx.createAssignment(firm)),
      bound: 6,
    },

    onboardingProjects: {
      vendor: [portalDocument('ProjectsList'), portalDocument('BoardProjects')],
      seed: async (firm) => void (await project(firm)),
      bound: 8,
    },

    escalations: {
      vendor: [portalDocument('EscalationInbox')],
      async seed(firm) {
        const p = await project(firm);
        const [e] = await sql(
          `INSERT INTO escalation (project_id, partner_id, category, subject, raised_by_email) VALUES ($1, $2, 'DEFECT', 'It breaks', 'a@b.test') RETURNING id`,
          [p.id, firm.id],
        );
        await sql(
          `INSERT INTO escalation_message (escalation_id, partner_id, from_vendor, author_email, body) VALUES ($1, $2, false, 'a@b.test', 'Help')`,
          [e.id, firm.id],
        );
      },
      bound: 6,
    },

    meetings: {
      vendor: [portalDocument('Meetings')],
      async seed(firm) {
        const p = await project(firm);
        const [m] = await sql(
          `INSERT INTO meeting (partner_id, date, title, attendees, project_ids) VALUES ($1, current_date, 'Monthly', '{Sato}', $2) RETURNING id`,
          [firm.id, [p.id]],
        );
        await sql(
          `INSERT INTO action_item (meeting_id, partner_id, description, owner) VALUES ($1, $2, 'Call', 'Sato')`,
          [m.id, firm.id],
        );
      },
      bound: 9,
    },

    announcements: {
      vendor: [portalDocument('Announcements')],
      partner: [portalDocument('PartnerAnnouncements'), portalDocument('UnreadAnnouncements')],
      async seed(firm) {
        const id = await fx.createAnnouncement();
        const reader = firm.id === fx.partnerA.id ? fx.users.partnerAMember : fx.users.partnerBAdmin;
        await sql(
          `INSERT INTO announcement_acknowledgement (announcement_id, partner_id, user_id, user_email) VALUES ($1, $2, $3, $4)`,
          [id, reader.partnerId, reader.id, reader.email],
        );
      },
      bound: 5,
    },

    articles: {
      vendor: [portalDocument('Articles')],
      seed: async () =>
        void (await sql(
          `INSERT INTO article (kind, status, title_en, title_ja, body_en, body_ja, tags, product_area, published_at) VALUES ('FAQ', 'PUBLISHED', 'Payroll close', '給与締め', 'b', '本文', $1, 'PAYROLL', now())`,
          [[`tag-${unique()}`]],
        )),
      bound: 3,
    },

    articleTags: {
      vendor: [portalDocument('ArticleTags')],
      seed: async () =>
        void (await sql(
          `INSERT INTO article (kind, status, title_en, title_ja, body_en, body_ja, tags, product_area, published_at) VALUES ('HOW_TO', 'PUBLISHED', 'Tagged', 'タグ', 'b', '本文', $1, 'PAYROLL', now())`,
          [[`tag-${unique()}`]],
        )),
      bound: 2,
    },

    auditLog: {
      vendor: [portalDocument('AuditLog')],
      seed: async (firm) =>
        void (await sql(
          `INSERT INTO audit_log_entry (actor_email, actor_role, action, entity_type, entity_id, after) VALUES ('admin@vendor.test', 'VENDOR_ADMIN', 'partner.update', 'Partner', $1, '{"name":"x"}')`,
          [firm.id],
        )),
      bound: 3,
    },

    capacityOfferHistory: {
      vendor: [portalDocument('CapacityOfferHistory')],
      vars: A,
      seed: async (firm, n) =>
        void (await sql(
          `INSERT INTO capacity_offer_change (partner_id, month, product_line, previous_slots, new_slots, changed_by_email) VALUES ($1, $2, 'ALL', $3, $4, 'admin@vendor.test')`,
          [firm.id, `${currentMonth()}-01`, n, n + 1],
        )),
      bound: 3,
    },

    capacityPlans: {
      vendor: [portalDocument('CapacityPlans')],
      vars: () => ({ ...A(), months: 24 }),
      // A plan per month of the window, then per product line.
      seed: async (firm, n) =>
        void (await fx.offer(firm, monthsFrom(currentMonth(), 24)[n % 24], 5, `LINE_${Math.floor(n / 24)}`)),
      bound: 2,
    },

    certifications: {
      // The portal shows certifications under each consultant; this is the list of its own.
      vendor: [
        `query ($take: Int) { certifications(take: $take) { totalItems items { id productArea status certifiedAt
           expiresAt needsRenewal signedOffByEmail consultant { id displayName email partner { id name } } } } }`,
      ],
      seed: async (firm) => void (await fx.createCertification(await fx.createConsultant(firm), 'ACCOUNTING')),
      bound: 5,
    },

    consultants: {
      vendor: [portalDocument('Consultants'), portalDocument('ConfirmationQueue')],
      partner: [portalDocument('Consultants')],
      async seed(firm) {
        const consultant = await fx.createConsultant(firm);
        await fx.createCertification(consultant, 'PAYROLL');
        await fx.createTrainingRecord(
          consultant,
          await fx.createTrainingModule('PAYROLL', TrainingModuleKind.ROLE_PLAY),
          TrainingStatus.COMPLETED,
        );
      },
      bound: 5,
    },

    curricula: {
      vendor: [portalDocument('Curricula')],
      vars: () => ({ includeArchived: true }),
      async seed() {
        const area = `AREA_${unique()}`;
        await fx.createTrainingModule(area);
        await fx.createTrainingModule(area, TrainingModuleKind.OJT);
      },
      rows: (curricula: { modules: unknown[] }[]) => curricula.flatMap((c) => c.modules).length,
      bound: 3,
    },

    trainingMatrix: {
      vendor: [portalDocument('TrainingMatrix')],
      vars: A,
      async seed(firm) {
        const consultant = await fx.createConsultant(firm);
        await fx.createCertification(consultant, 'ACCOUNTING');
        await fx.createTrainingRecord(consultant, await fx.createTrainingModule('ACCOUNTING'), TrainingStatus.PASSED);
      },
      rows: (matrix: { rows: unknown[] }) => matrix.rows.length,
      bound: 6,
    },

    partnerApplications: {
      vendor: [portalDocument('PartnerApplications')],
      seed: async () => void (await insertApplication(db, { scored: true })),
      bound: 4,
    },

    partnerStatements: {
      vendor: [portalDocument('PartnerStatements')],
      vars: () => ({ month: currentMonth() }),
      async seed(firm) {
        const p = await project(firm);
        await sql(`UPDATE project_phase SET completed_on = current_date, summary = 'done' WHERE project_id = $1`, [
          p.id,
        ]);
      },
      rows: (statements: { lines: unknown[] }[]) => statements.flatMap((s) => s.lines).length,
      bound: 5,
    },

    activationOutreach: {
      vendor: [portalDocument('ActivationOutreach')],
      // Started 40 days ago with no usage: below the threshold, flagged for the day-30 call.
      seed: async (firm) => void (await project(firm, daysAgo(40))),
      // Session, settings, the projects below the threshold with their customer and latest report, firms.
      bound: 4,
    },

    integrationKeys: {
      vendor: [portalDocument('IntegrationKeys')],
      seed: async () =>
        void (await sql(
          `INSERT INTO integration_key (name, prefix, secret_hash, created_by_email) VALUES ('CRM', $1, $2, 'admin@vendor.test')`,
          [`baton_${unique()}`, unique() + unique()],
        )),
      bound: 2,
    },

    onboardingTemplates: {
      vendor: [portalDocument('TemplatePageVersions')],
      async seed() {
        const [t] = await sql(
          `INSERT INTO onboarding_template (version, name, current) VALUES ((SELECT max(version) + 1 FROM onboarding_template), 'Older', false) RETURNING id`,
        );
        await sql(
          `INSERT INTO template_phase (template_id, position, name_en, name_ja, due_day) VALUES ($1, 1, 'Kickoff', 'キックオフ', 7), ($1, 2, 'Go-live', '本番', 60)`,
          [t.id],
        );
      },
      bound: 3,
    },

    tierDefinitions: {
      vendor: [portalDocument('TierAdminDefinitions', 'tierDefinitions')],
      // The five tiers in effect today; later versions (seeded) do not change them.
      seed: () => addDefinitionSet(),
      fixed: ['vendorAdmin', 'partnerAAdmin'],
      bound: 3,
    },

    tierDefinitionSets: {
      vendor: [portalDocument('TierAdminDefinitions', 'tierDefinitionSets')],
      seed: () => addDefinitionSet(),
      rows: (sets: { tiers: unknown[] }[]) => sets.flatMap((s) => s.tiers).length,
      bound: 3,
    },

    partnerTierHistory: {
      vendor: [portalDocument('TierStanding', 'partnerTierHistory')],
      vars: A,
      seed: async (firm, n) =>
        void (await sql(
          `INSERT INTO partner_tier_change (partner_id, tier, previous_tier, effective_from, changed_by_email) VALUES ($1, $2, $3, $4, 'auditor@vendor.test')`,
          [firm.id, (n % 5) + 1, ((n + 4) % 5) + 1, daysAgo(2000 - n)],
        )),
      bound: 2,
    },

    reviewCycles: {
      vendor: [portalDocument('TierAdminReviewCycles')],
      async seed(firm, n) {
        const [c] = await sql(
          `INSERT INTO review_cycle (name, period_from, period_to) VALUES ($1, '2026-01-01', '2026-03-31') RETURNING id`,
          [`Cycle ${n}`],
        );
        await insertReview(firm, c.id);
      },
      bound: 3,
    },

    tierReviews: {
      vendor: [portalDocument('TierReviews')],
      seed: (firm) => insertReview(firm, null),
      bound: 3,
    },
  };

  async function insertReview(firm: Partner, cycleId: string | null) {
    await sql(
      `INSERT INTO tier_review (cycle_id, partner_id, period_from, period_to, definition_set_id, evidence, proposed_tier)
       VALUES ($1, $2, '2026-01-01', '2026-03-31', (SELECT id FROM tier_definition_set WHERE version = 1), '{}', 2)`,
      [cycleId, firm.id],
    );
  }

  async function addDefinitionSet() {
    const [set] = await sql(
      `INSERT INTO tier_definition_set (version, effective_from) VALUES ((SELECT max(version) + 1 FROM tier_definition_set), '2099-01-01') RETURNING id`,
    );
    await sql(
      `INSERT INTO tier_definition (set_id, tier, name_en, name_ja, reward_rate)
       SELECT $1, tier, name_en, name_ja, reward_rate FROM tier_definition WHERE set_id = (SELECT id FROM tier_definition_set WHERE version = 1)`,
      [set.id],
    );
  }
}

import { randomBytes } from 'node:crypto';
import { Role } from '@baton/shared';
import type { DataSource } from 'typeorm';
import { Assignment, AssignmentStatus } from '../../assignments/assignment.entity';
import { ALL_LINES } from '../../capacity/capacity-plan.entity';
import { currentMonth, toDate } from '../../capacity/month';
import { CustomerAccount } from '../../customers/customer-account.entity';
import { hashPassword } from '../../identity/password-hasher';
import { User } from '../../identity/user.entity';
import { OnboardingProject } from '../../onboarding/onboarding-project.entity';
import { Partner, PartnerKind, PartnerStatus } from '../../partners/partner.entity';
import { Consultant } from '../../training/consultant.entity';
import { SkillCertification } from '../../training/skill-certification.entity';
import { IntegrationKey } from '../../usage/integration-key.entity';
import { hashSecret, KEY_MARKER } from '../../usage/integration-keys.service';

/** Who drives the load: vendor staff assign, the firm's admin completes phases. */
export interface WorkloadActors {
  partnerId: string;
  vendorEmail: string;
  partnerAdminEmail: string;
  password: string;
}

export interface WorkloadProject {
  id: string;
  customerId: string;
  /** In position order: they must be completed in that order. */
  phaseIds: string[];
}

/** The rows a workload draws on, made directly in the database (not part of what is measured). */
export interface WorkloadData {
  actors: WorkloadActors;
  /** YYYY-MM: the month assignments take a slot of. */
  month: string;
  capacityPlanId: string;
  /** Certified for ACCOUNTING, the one product every workload customer bought. */
  leadConsultantId: string;
  /** Customers in the unassigned queue. */
  queuedCustomerIds: string[];
  /** Open projects of the firm, every phase open. */
  projects: WorkloadProject[];
  /** A live integration key for `reportUsage`. */
  integrationKey: { id: string; secret: string };
}

export interface WorkloadSize {
  queuedCustomers: number;
  projects: number;
}

const CHUNK = 500;
const DAY_MS = 86_400_000;

/** A fresh active firm with a vendor staff user and a partner admin (for the soak, which has no fixtures). */
export async function createWorkloadActors(ds: DataSource, password: string): Promise<WorkloadActors> {
  const tag = randomBytes(4).toString('hex');
  const partner = await ds.getRepository(Partner).save({
    name: `Workload Firm ${tag}`,
    kind: PartnerKind.OTHER,
    status: PartnerStatus.ACTIVE,
  });
  const passwordHash = await hashPassword(password);
  const user = (role: Role, email: string, partnerId: string | null) => ({
    email,
    displayName: `Workload ${role}`,
    role,
    partnerId,
    locale: 'en' as const,
    passwordHash,
  });
  const actors = {
    partnerId: partner.id,
    vendorEmail: `workload-staff-${tag}@vendor.test`,
    partnerAdminEmail: `workload-admin-${tag}@firm.test`,
    password,
  };
  await ds
    .getRepository(User)
    .insert([
      user(Role.VENDOR_STAFF, actors.vendorEmail, null),
      user(Role.PARTNER_ADMIN, actors.partnerAdminEmail, partner.id),
    ]);
  return actors;
}

/**
 * Queued customers, open projects (each behind an accepted assignment that holds its slot), a
 * certified lead, one capacity plan with room for every customer, and an integration key.
 */
export async function prepareWorkload(
  ds: DataSource,
  actors: WorkloadActors,
  size: WorkloadSize,
): Promise<WorkloadData> {
  const partnerId = actors.partnerId;
  const month = currentMonth();
  const tag = randomBytes(4).toString('hex');

  const lead = await ds.getRepository(Consultant).save({
    partnerId,
    email: `workload-lead-${tag}@firm.test`,
    displayName: 'Workload lead',
  });
  const certifiedAt = new Date();
  await ds.getRepository(SkillCertification).insert({
    partnerId,
    consultantId: lead.id,
    productArea: 'ACCOUNTING',
    certifiedAt,
    expiresAt: new Date(certifiedAt.getTime() + 365 * DAY_MS),
  });

  const [plan]: { id: string }[] = await ds.query(
    `INSERT INTO capacity_plan (partner_id, month, product_line, slots_offered) VALUES ($1, $2, $3, $4)
     ON CONFLICT (partner_id, month, product_line) DO UPDATE SET slots_offered = capacity_plan.slots_offered + $4
     RETURNING id`,
    [partnerId, toDate(month), ALL_LINES, size.queuedCustomers + size.projects],
  );

  const queuedCustomerIds = await insertCustomers(ds, `WQ-${tag}`, size.queuedCustomers, null);
  const projectCustomerIds = await insertCustomers(ds, `WP-${tag}`, size.projects, partnerId);
  const projects = await insertProjects(ds, partnerId, lead.id, month, plan.id, projectCustomerIds);
  // The projects' assignments hold their slots, as if they had been assigned through the API.
  await ds.query(
    `UPDATE capacity_plan SET slots_consumed =
       (SELECT count(*) FROM assignment a WHERE a.capacity_plan_id = $1 AND a.status IN ('ACTIVE', 'COMPLETED'))
     WHERE id = $1`,
    [plan.id],
  );

  const secret = KEY_MARKER + randomBytes(24).toString('base64url');
  const key = await ds.getRepository(IntegrationKey).save({
    name: `Workload feed ${tag}`,
    prefix: secret.slice(0, KEY_MARKER.length + 6),
    secretHash: hashSecret(secret),
    createdByEmail: actors.vendorEmail,
    revokedAt: null,
    revokedByEmail: null,
    lastUsedAt: null,
  });

  return {
    actors,
    month,
    capacityPlanId: plan.id,
    leadConsultantId: lead.id,
    queuedCustomerIds,
    projects,
    integrationKey: { id: key.id, secret },
  };
}

async function insertCustomers(ds: DataSource, prefix: string, count: number, partnerId: string | null) {
  const ids: string[] = [];
  for (let from = 0; from < count; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - from) }, (_, i) => ({
      externalId: `${prefix}-${from + i}`,
      companyName: `Workload ${prefix}-${from + i} K.K.`,
      industry: 'MANUFACTURING',
      employeeBand: '21-100',
      prefecture: 'JP-13',
      products: ['ACCOUNTING'],
      contractDate: new Date().toISOString().slice(0, 10),
      segment: 'SMB',
      partnerId,
    }));
    const result = await ds.getRepository(CustomerAccount).insert(rows);
    ids.push(...result.identifiers.map((r) => r.id as string));
  }
  return ids;
}

async function insertProjects(
  ds: DataSource,
  partnerId: string,
  leadConsultantId: string,
  month: string,
  capacityPlanId: string,
  customerIds: string[],
): Promise<WorkloadProject[]> {
  const [template]: { id: string }[] = await ds.query(`SELECT id FROM onboarding_template WHERE current`);
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const projects: WorkloadProject[] = [];
  for (let from = 0; from < customerIds.length; from += CHUNK) {
    const customers = customerIds.slice(from, from + CHUNK);
    const assignments = await ds.getRepository(Assignment).insert(
      customers.map((customerId) => ({
        customerId,
        partnerId,
        leadConsultantId,
        month: toDate(month),
        capacityPlanId,
        status: AssignmentStatus.ACTIVE,
        declineBy: new Date(now.getTime() + 5 * DAY_MS),
        acceptedAt: now,
      })),
    );
    const opened = await ds.getRepository(OnboardingProject).insert(
      customers.map((customerId, i) => ({
        assignmentId: assignments.identifiers[i].id as string,
        customerId,
        partnerId,
        leadConsultantId,
        templateId: template.id,
        startDate: today,
      })),
    );
    const projectIds = opened.identifiers.map((r) => r.id as string);
    await ds.query(
      `INSERT INTO project_phase (project_id, partner_id, position, name_en, name_ja, due_date, survey_on_completion)
       SELECT p.id, $2, t.position, t.name_en, t.name_ja, CAST($3 AS date) + t.due_day - 1, t.survey_on_completion
         FROM unnest(CAST($1 AS uuid[])) AS p(id), template_phase t WHERE t.template_id = $4`,
      [projectIds, partnerId, today, template.id],
    );
    const phases: { projectId: string; id: string }[] = await ds.query(
      `SELECT project_id AS "projectId", id FROM project_phase WHERE project_id = ANY($1) ORDER BY position`,
      [projectIds],
    );
    projectIds.forEach((id, i) =>
      projects.push({
        id,
        customerId: customers[i],
        phaseIds: phases.filter((p) => p.projectId === id).map((p) => p.id),
      }),
    );
  }
  return projects;
}

import { In, type EntityManager } from 'typeorm';
import { Assignment, AssignmentSource, AssignmentStatus } from '../assignments/assignment.entity';
import { ALL_LINES, CapacityPlan } from '../capacity/capacity-plan.entity';
import { CapacityOfferChange } from '../capacity/capacity-offer-change.entity';
import { currentMonth, monthsFrom, toDate } from '../capacity/month';
import { CustomerAccount } from '../customers/customer-account.entity';
import { Partner, PartnerStatus } from '../partners/partner.entity';
import { Consultant } from '../training/consultant.entity';
import { SkillCertification } from '../training/skill-certification.entity';
import { TrainingModule, TrainingModuleKind } from '../training/training-module.entity';
import { TrainingRecord, TrainingStatus } from '../training/training-record.entity';
import { addMonths, DEFAULT_VALID_MONTHS } from '../training/training-rules';
import {
  DEMO_CAPACITY,
  DEMO_CAPACITY_MONTHS,
  DEMO_CERTIFIED,
  DEMO_CERTIFIED_DAYS_AGO,
  DEMO_CUSTOMERS,
  DEMO_DECLINE_DAYS,
  DEMO_SIGN_OFF,
  demoExternalId,
} from './demo-queue';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of `days` days after `now`, counted in UTC like every month of the program. */
const isoDay = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);

export interface DemoQueueCounts {
  certifications: number;
  capacityPlans: number;
  customers: number;
  assignments: number;
}

/**
 * Seeds the capacity-and-assignment demo inside the demo program's transaction (so it runs once,
 * with the rest): certified consultants, six months of offers, the customer queue and three
 * ACTIVE assignments of this month that consume their slots.
 */
export async function seedDemoQueue(
  m: EntityManager,
  firms: ReadonlyMap<string, Partner>,
  now = new Date(),
): Promise<DemoQueueCounts> {
  // Only active firms can be assigned (the demo program creates them ACTIVE).
  for (const [key, firm] of firms)
    if (firm.status !== PartnerStatus.ACTIVE) throw new Error(`demo seed: ${key} is not active`);

  const leads = await certifyLeads(m, firms, now);
  const plans = await offerCapacity(m, firms, now);
  const thisMonth = toDate(currentMonth(now));

  let assignments = 0;
  for (const [index, customer] of DEMO_CUSTOMERS.entries()) {
    const firm = customer.assignedTo ? firms.get(customer.assignedTo) : undefined;
    const saved = await m.getRepository(CustomerAccount).save({
      externalId: demoExternalId(index),
      companyName: customer.company,
      industry: customer.industry,
      employeeBand: customer.employeeBand,
      prefecture: customer.prefecture,
      products: customer.products,
      contractDate: isoDay(now, customer.contractInDays),
      segment: customer.segment,
      partnerId: firm?.id ?? null,
    });
    if (!firm || !customer.assignedTo) continue;
    const planId = plans.get(customer.assignedTo)!;
    // The same guarded increment a real placement makes: a slot is never consumed past the offer.
    const [rows]: [{ id: string }[], number] = await m.query(
      `UPDATE capacity_plan SET slots_consumed = slots_consumed + 1, updated_at = now()
        WHERE id = $1 AND slots_consumed < slots_offered RETURNING id`,
      [planId],
    );
    if (!rows.length) throw new Error(`demo seed: no free slot for ${customer.company}`);
    await m.getRepository(Assignment).insert({
      customerId: saved.id,
      partnerId: firm.id,
      leadConsultantId: leads.get(customer.assignedTo)!.id,
      month: thisMonth,
      capacityPlanId: planId,
      status: AssignmentStatus.ACTIVE,
      source: AssignmentSource.MANUAL,
      fit: null,
      assignedByEmail: DEMO_SIGN_OFF,
      declineBy: new Date(now.getTime() + DEMO_DECLINE_DAYS * DAY_MS),
    });
    assignments += 1;
  }

  return {
    certifications: Object.values(DEMO_CERTIFIED).reduce((sum, areas) => sum + areas.length, 0),
    capacityPlans: firms.size * DEMO_CAPACITY_MONTHS,
    customers: DEMO_CUSTOMERS.length,
    assignments,
  };
}

/**
 * consultant1 of each firm: the required modules of their areas passed (role-plays and OJT
 * confirmed by vendor staff), then certified, valid for a year from the sign-off.
 */
async function certifyLeads(
  m: EntityManager,
  firms: ReadonlyMap<string, Partner>,
  now: Date,
): Promise<Map<string, Consultant>> {
  const certifiedAt = new Date(now.getTime() - DEMO_CERTIFIED_DAYS_AGO * DAY_MS);
  const passedOn = isoDay(now, -DEMO_CERTIFIED_DAYS_AGO - 1);
  const leads = new Map<string, Consultant>();
  for (const [key, areas] of Object.entries(DEMO_CERTIFIED)) {
    const firm = firms.get(key)!;
    const lead = await m
      .getRepository(Consultant)
      .findOneByOrFail({ partnerId: firm.id, email: `consultant1@${key}.example` });
    leads.set(key, lead);
    const modules = await m
      .getRepository(TrainingModule)
      .find({ where: { productArea: In([...areas]), required: true, active: true } });
    await m.getRepository(TrainingRecord).insert(
      modules.map((module) => {
        const judged = module.kind === TrainingModuleKind.ROLE_PLAY || module.kind === TrainingModuleKind.OJT;
        return {
          partnerId: firm.id,
          consultantId: lead.id,
          moduleId: module.id,
          status: TrainingStatus.PASSED,
          date: passedOn,
          score: module.kind === TrainingModuleKind.ONLINE_COURSE ? 90 : null,
          recordedByEmail: `admin@${key}.example`,
          confirmedByEmail: judged ? DEMO_SIGN_OFF : null,
          confirmedAt: judged ? certifiedAt : null,
        };
      }),
    );
    await m.getRepository(SkillCertification).insert(
      areas.map((productArea) => ({
        partnerId: firm.id,
        consultantId: lead.id,
        productArea,
        certifiedAt,
        expiresAt: addMonths(certifiedAt, DEFAULT_VALID_MONTHS),
        signedOffByEmail: DEMO_SIGN_OFF,
        needsRenewal: false,
        revokedAt: null,
        revokedReason: null,
      })),
    );
  }
  return leads;
}

/** Each firm's offer for every line, this month and the next five (with the offer history). */
async function offerCapacity(
  m: EntityManager,
  firms: ReadonlyMap<string, Partner>,
  now: Date,
): Promise<Map<string, string>> {
  const months = monthsFrom(currentMonth(now), DEMO_CAPACITY_MONTHS);
  const thisMonthPlan = new Map<string, string>();
  for (const [key, slots] of Object.entries(DEMO_CAPACITY)) {
    const firm = firms.get(key)!;
    const by = `admin@${key}.example`;
    for (const [i, month] of months.entries()) {
      const plan = await m.getRepository(CapacityPlan).save({
        partnerId: firm.id,
        month: toDate(month),
        productLine: ALL_LINES,
        slotsOffered: slots,
        slotsConsumed: 0,
        updatedByEmail: by,
      });
      await m.getRepository(CapacityOfferChange).insert({
        partnerId: firm.id,
        month: toDate(month),
        productLine: ALL_LINES,
        previousSlots: null,
        newSlots: slots,
        changedByEmail: by,
      });
      if (i === 0) thisMonthPlan.set(key, plan.id);
    }
  }
  return thisMonthPlan;
}

import type { DataSource } from 'typeorm';
import { ApplicationScore, SELECTION_CRITERIA } from '../../src/applications/application-score.entity';
import { PartnerApplication } from '../../src/applications/partner-application.entity';
import { PartnerKind } from '../../src/partners/partner.entity';

let seq = 0;

/** A form a person would send: every field filled, valid codes. */
export const applicationInput = (overrides: Record<string, unknown> = {}) => ({
  firmName: 'Gamma Labor Consultants',
  kind: 'LABOR_CONSULTANT_OFFICE',
  contactName: 'Hanako Sato',
  contactEmail: `hanako${++seq}-${Date.now()}@gamma.test`,
  contactPhone: '03-1234-5678',
  headcountAtStart: 4,
  monthlyCapacity: 6,
  industries: ['RETAIL'],
  productModules: ['PAYROLL'],
  regions: ['JP-13', 'JP-14'],
  languages: ['ja'],
  customerSizeBands: ['21-100'],
  expansionPlans: 'Two more consultants next year.',
  ...overrides,
});

/** A stored application (not through the public form, so it costs no submission of the address). */
export async function insertApplication(db: DataSource, { scored = false } = {}): Promise<PartnerApplication> {
  const n = ++seq;
  const application = await db.getRepository(PartnerApplication).save({
    reference: `APP-TEST-${n}${Date.now()}`,
    firmName: `Applicant ${n}`,
    kind: PartnerKind.ACCOUNTING_FIRM,
    contactName: `Contact ${n}`,
    contactEmail: `applicant${n}-${Date.now()}@applicant.test`,
    headcountAtStart: 3,
    monthlyCapacity: 5,
    ip: '203.0.113.9',
  });
  if (scored) {
    await db
      .getRepository(ApplicationScore)
      .insert(
        SELECTION_CRITERIA.map((criterion) => ({ applicationId: application.id, criterion, score: 4, note: 'ok' })),
      );
  }
  return application;
}

import type { EscalationRowFragment } from '../../../gql/graphql';
import { toCsv } from '../../common/csv';
import { escalationCsvRows } from '../escalation-csv';

const t = (key: string) => `[${key}]`;
const now = new Date('2026-05-10T12:00:00.000Z');

const open: EscalationRowFragment = {
  id: 'e1',
  category: 'DEFECT',
  subject: 'Payroll export fails, "urgent"',
  createdAt: '2026-05-07T08:00:00.000Z',
  raisedByEmail: 'admin@sakura.example',
  firstResponseAt: '2026-05-07T10:30:00.000Z',
  resolvedAt: null,
  resolvedByEmail: null,
  priority: 'HIGH',
  partnerId: 'f1',
  projectId: 'p1',
  project: { id: 'p1', customer: { id: 'c1', companyName: '株式会社みなと' }, partner: { id: 'f1', name: 'Sakura' } },
};

const resolved: EscalationRowFragment = {
  ...open,
  id: 'e2',
  category: 'PRODUCT_QUESTION',
  subject: '=HYPERLINK("x")',
  firstResponseAt: null,
  resolvedAt: '2026-05-08T08:00:00.000Z',
  resolvedByEmail: 'staff@baton.example',
  priority: null,
  project: null,
};

describe('escalation CSV', () => {
  it('has a translated header and one row per escalation, in list order', () => {
    const rows = escalationCsvRows([open, resolved], t, now);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      '[escalations.columns.priority]',
      '[escalations.columns.ageHours]',
      '[escalations.columns.category]',
      '[escalations.columns.subject]',
      '[escalations.columns.customer]',
      '[escalations.columns.partner]',
      '[escalations.columns.raisedBy]',
      '[escalations.columns.raisedAt]',
      '[escalations.columns.firstResponseAt]',
      '[escalations.columns.firstResponseHours]',
      '[escalations.columns.status]',
      '[escalations.columns.resolvedAt]',
      '[escalations.columns.resolvedBy]',
    ]);
    expect(rows[1]).toEqual([
      '[escalations.priority.HIGH]',
      '76',
      '[escalations.category.DEFECT]',
      'Payroll export fails, "urgent"',
      '株式会社みなと',
      'Sakura',
      'admin@sakura.example',
      '2026-05-07T08:00:00.000Z',
      '2026-05-07T10:30:00.000Z',
      '2.5',
      '[escalations.status.open]',
      '',
      '',
    ]);
  });

  it('measures a resolved one until its resolution and leaves unknowns empty', () => {
    const [, , row] = escalationCsvRows([open, resolved], t, now);
    expect(row).toEqual([
      '',
      '24',
      '[escalations.category.PRODUCT_QUESTION]',
      '=HYPERLINK("x")',
      '',
      '',
      'admin@sakura.example',
      '2026-05-07T08:00:00.000Z',
      '',
      '',
      '[escalations.status.resolved]',
      '2026-05-08T08:00:00.000Z',
      'staff@baton.example',
    ]);
  });

  it('is quoted and defused by the shared CSV writer', () => {
    const csv = toCsv(escalationCsvRows([open, resolved], t, now));
    expect(csv).toContain('"Payroll export fails, ""urgent"""');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

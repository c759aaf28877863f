import type { AssignmentRowFragment } from '../../../gql/graphql';
import { toCsv } from '../../common/csv';
import { assignmentCsvRows } from '../assignment-csv';

const base: AssignmentRowFragment = {
  id: 'a1',
  customerId: 'c1',
  status: 'ACTIVE',
  source: 'AUTO',
  month: '2026-06',
  fit: 82.25,
  assignedAt: '2026-05-30T01:02:03.000Z',
  assignedByEmail: 'staff@baton.example',
  declineBy: '2026-06-04T01:02:03.000Z',
  declinable: true,
  acceptedAt: null,
  acceptedByEmail: null,
  endedAt: null,
  endedByEmail: null,
  endReason: null,
  replacedById: null,
  customer: {
    id: 'c1',
    companyName: 'Acme, Inc.',
    externalId: 'CRM-1',
    industry: 'RETAIL',
    prefecture: 'JP-13',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractDate: '2026-05-01',
  },
  partner: { id: 'p1', name: 'Sakura' },
  leadConsultant: { id: 'l1', displayName: 'Aoi', email: 'aoi@sakura.example' },
};

const t = (key: string) => `[${key.replace('assignments.', '')}]`;

describe('assignmentCsvRows', () => {
  it('writes a header and one row per assignment, ACTIVE split by acceptance', () => {
    const accepted: AssignmentRowFragment = {
      ...base,
      id: 'a2',
      source: 'MANUAL',
      fit: null,
      acceptedAt: '2026-05-31T00:00:00.000Z',
      acceptedByEmail: 'admin@sakura.example',
    };
    const declined: AssignmentRowFragment = {
      ...base,
      id: 'a3',
      status: 'DECLINED',
      customer: null,
      endedAt: '2026-06-01T00:00:00.000Z',
      endedByEmail: 'admin@sakura.example',
      endReason: 'No payroll consultant',
    };
    const rows = assignmentCsvRows([base, accepted, declined], t);
    expect(rows[0]).toHaveLength(16);
    expect(rows[0].slice(0, 3)).toEqual(['[columns.customer]', '[columns.externalId]', '[columns.partner]']);
    expect(rows[1]).toEqual([
      'Acme, Inc.',
      'CRM-1',
      'Sakura',
      'Aoi',
      'aoi@sakura.example',
      '2026-06',
      '[status.AWAITING]',
      '[source.AUTO]',
      '82.3',
      '2026-05-30T01:02:03.000Z',
      'staff@baton.example',
      '2026-06-04T01:02:03.000Z',
      '',
      '',
      '',
      '',
    ]);
    expect(rows[2][6]).toBe('[status.ACCEPTED]');
    expect(rows[2][7]).toBe('[source.MANUAL]');
    expect(rows[2][8]).toBe('');
    expect(rows[2][12]).toBe('2026-05-31T00:00:00.000Z');
    expect(rows[3].slice(0, 2)).toEqual(['', '']);
    expect(rows[3][6]).toBe('[status.DECLINED]');
    expect(rows[3][15]).toBe('No payroll consultant');
  });

  it('produces CSV that quotes the comma in a company name', () => {
    const csv = toCsv(assignmentCsvRows([base], t));
    expect(csv.split('\r\n')[1].startsWith('"Acme, Inc.",CRM-1,Sakura,')).toBe(true);
  });
});

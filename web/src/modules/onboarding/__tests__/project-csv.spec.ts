import type { ProjectsListRowFragment } from '../../../gql/graphql';
import { toCsv } from '../../common/csv';
import { projectCsvRows } from '../project-csv';
import { phaseName } from '../project-phase';

const t = (key: string) => `[${key}]`;

const running: ProjectsListRowFragment = {
  id: 'p1',
  startDate: '2026-04-01',
  health: 'AT_RISK',
  churnReason: null,
  currentPhase: {
    id: 'ph2',
    position: 2,
    nameEn: 'Business inventory & requirements',
    nameJa: '業務の洗い出し・要件定義',
    dueDate: '2026-04-21',
  },
  customer: { id: 'c1', companyName: '株式会社みなと, 本社' },
  partner: { id: 'f1', name: 'Aozora Accounting' },
  leadConsultant: { id: 'k1', displayName: 'Sato Hana' },
};

const churned: ProjectsListRowFragment = {
  ...running,
  id: 'p2',
  health: 'CHURNED',
  churnReason: '=cancelled',
  currentPhase: null,
  customer: null,
  leadConsultant: null,
};

describe('project CSV', () => {
  it('has a translated header and one row per project', () => {
    const rows = projectCsvRows([running, churned], t, (p) => phaseName(p, 'en'));
    expect(rows[0]).toEqual([
      '[onboarding.columns.customer]',
      '[onboarding.columns.partner]',
      '[onboarding.columns.lead]',
      '[onboarding.columns.startDate]',
      '[onboarding.columns.phasePosition]',
      '[onboarding.columns.phase]',
      '[onboarding.columns.phaseDue]',
      '[onboarding.columns.health]',
      '[onboarding.columns.churnReason]',
    ]);
    expect(rows[1]).toEqual([
      '株式会社みなと, 本社',
      'Aozora Accounting',
      'Sato Hana',
      '2026-04-01',
      '2',
      'Business inventory & requirements',
      '2026-04-21',
      '[onboarding.health.AT_RISK]',
      '',
    ]);
    expect(rows[2]).toEqual([
      '',
      'Aozora Accounting',
      '',
      '2026-04-01',
      '',
      '',
      '',
      '[onboarding.health.CHURNED]',
      '=cancelled',
    ]);
  });

  it('names phases in the UI language and stays safe as CSV', () => {
    const rows = projectCsvRows([running, churned], t, (p) => phaseName(p, 'ja'));
    expect(rows[1][5]).toBe('業務の洗い出し・要件定義');
    const csv = toCsv(rows);
    expect(csv).toContain('"株式会社みなと, 本社"');
    expect(csv).toContain(`'=cancelled`);
  });
});

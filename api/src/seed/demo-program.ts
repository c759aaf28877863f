import { Role } from '@baton/shared';
import { PartnerKind } from '../partners/partner.entity';

export const DEMO_PASSWORD = 'baton-demo-2026';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  locale: 'ja' | 'en';
  firm?: string;
}

export const DEMO_FIRMS = [
  {
    key: 'sakura',
    /** Set by an earlier tier review (the tier history starts there). */
    tier: 3,
    name: 'さくら税理士法人',
    kind: PartnerKind.TAX_ACCOUNTANT_OFFICE,
    headcountAtStart: 12,
    contactName: '佐藤 花子',
    industries: ['RETAIL', 'FOOD_SERVICE', 'PROFESSIONAL_SERVICES'],
    productModules: ['ACCOUNTING', 'INVOICING', 'EXPENSE'],
    regions: ['JP-13', 'JP-14', 'JP-11'],
    languages: ['ja'],
    customerSizeBands: ['1-20', '21-100'],
  },
  {
    key: 'midori',
    /** Set by an earlier tier review (the tier history starts there). */
    tier: 2,
    name: 'みどり社会保険労務士事務所',
    kind: PartnerKind.LABOR_CONSULTANT_OFFICE,
    headcountAtStart: 8,
    contactName: '田中 健',
    industries: ['MANUFACTURING', 'CONSTRUCTION', 'LOGISTICS'],
    productModules: ['PAYROLL', 'HR', 'ATTENDANCE'],
    regions: ['JP-27', 'JP-26', 'JP-28'],
    languages: ['ja'],
    customerSizeBands: ['21-100', '101-300'],
  },
  {
    key: 'aozora',
    /** Set by an earlier tier review (the tier history starts there). */
    tier: 2,
    name: 'Aozora Systems K.K.',
    kind: PartnerKind.SYSTEM_INTEGRATOR,
    headcountAtStart: 30,
    contactName: 'Emma Clark',
    industries: ['IT_SERVICES', 'FINANCE', 'MANUFACTURING'],
    productModules: ['ACCOUNTING', 'PAYROLL', 'HR', 'WORKFLOW'],
    regions: ['JP-13', 'JP-23', 'JP-40'],
    languages: ['ja', 'en'],
    customerSizeBands: ['101-300', '301-1000', '1001+'],
  },
];

const PEOPLE: Record<string, [string, string, string]> = {
  sakura: ['佐藤 花子', '鈴木 一郎', '高橋 美咲'],
  midori: ['田中 健', '伊藤 由美', '渡辺 翔'],
  aozora: ['Emma Clark', '山本 大輔', 'Liam Chen'],
};

/** The demo program of the first start: vendor admin, vendor staff, auditor, three firms of three. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@baton.example', displayName: '小林 真理', role: Role.VENDOR_ADMIN, locale: 'ja' },
  { email: 'staff@baton.example', displayName: 'Kenji Mori', role: Role.VENDOR_STAFF, locale: 'en' },
  { email: 'auditor@baton.example', displayName: '加藤 誠', role: Role.AUDITOR, locale: 'ja' },
  ...DEMO_FIRMS.flatMap((f) => [
    {
      email: `admin@${f.key}.example`,
      displayName: PEOPLE[f.key][0],
      role: Role.PARTNER_ADMIN,
      locale: 'ja' as const,
      firm: f.key,
    },
    {
      email: `consultant1@${f.key}.example`,
      displayName: PEOPLE[f.key][1],
      role: Role.PARTNER_MEMBER,
      locale: 'ja' as const,
      firm: f.key,
    },
    {
      email: `consultant2@${f.key}.example`,
      displayName: PEOPLE[f.key][2],
      role: Role.PARTNER_MEMBER,
      locale: 'en' as const,
      firm: f.key,
    },
  ]),
];

/** The demo training catalog: one curriculum per product area the demo firms work in. */
export const DEMO_CURRICULA = [
  {
    productArea: 'ACCOUNTING',
    name: '会計モジュール導入支援 / Accounting onboarding',
    modules: [
      {
        kind: 'ONLINE_COURSE',
        title: '会計モジュール基礎 / Accounting basics',
        passCriteria: 'Final quiz 80% or more',
      },
      {
        kind: 'ROLE_PLAY',
        title: '要件定義ロールプレイ / Requirements role-play',
        passCriteria: 'Vendor trainer confirms all checklist items',
      },
      {
        kind: 'OJT',
        title: '同行導入支援 / Shadowed onboarding',
        passCriteria: 'One onboarding led with a vendor CSM, rated good',
      },
    ],
  },
  {
    productArea: 'PAYROLL',
    name: '給与モジュール導入支援 / Payroll onboarding',
    modules: [
      { kind: 'ONLINE_COURSE', title: '給与計算設定 / Payroll setup', passCriteria: 'Final quiz 80% or more' },
      {
        kind: 'ROLE_PLAY',
        title: '操作レクチャー ロールプレイ / Operation lecture role-play',
        passCriteria: 'Vendor trainer confirms all checklist items',
      },
    ],
  },
] as const;

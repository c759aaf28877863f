import type { Lang } from './i18n';

/** The demo program seeded on a fresh database (see api/src/seed/demo-program.ts). */
export const DEMO_PASSWORD = 'baton-demo-2026';

export type Role = 'VENDOR_ADMIN' | 'VENDOR_STAFF' | 'AUDITOR' | 'PARTNER_ADMIN' | 'PARTNER_MEMBER';
export type Experience = 'vendor' | 'partner' | 'auditor';
export type FirmKey = 'sakura' | 'midori' | 'aozora';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  locale: Lang;
  firm?: FirmKey;
}

export const FIRMS: Record<FirmKey, string> = {
  sakura: 'さくら税理士法人',
  midori: 'みどり社会保険労務士事務所',
  aozora: 'Aozora Systems K.K.',
};

const PEOPLE: Record<FirmKey, [string, string, string]> = {
  sakura: ['佐藤 花子', '鈴木 一郎', '高橋 美咲'],
  midori: ['田中 健', '伊藤 由美', '渡辺 翔'],
  aozora: ['Emma Clark', '山本 大輔', 'Liam Chen'],
};

export const USERS = {
  vendorAdmin: { email: 'admin@baton.example', displayName: '小林 真理', role: 'VENDOR_ADMIN', locale: 'ja' },
  vendorStaff: { email: 'staff@baton.example', displayName: 'Kenji Mori', role: 'VENDOR_STAFF', locale: 'en' },
  auditor: { email: 'auditor@baton.example', displayName: '加藤 誠', role: 'AUDITOR', locale: 'ja' },
  sakuraAdmin: {
    email: 'admin@sakura.example',
    displayName: PEOPLE.sakura[0],
    role: 'PARTNER_ADMIN',
    locale: 'ja',
    firm: 'sakura',
  },
  sakuraConsultant1: {
    email: 'consultant1@sakura.example',
    displayName: PEOPLE.sakura[1],
    role: 'PARTNER_MEMBER',
    locale: 'ja',
    firm: 'sakura',
  },
  midoriAdmin: {
    email: 'admin@midori.example',
    displayName: PEOPLE.midori[0],
    role: 'PARTNER_ADMIN',
    locale: 'ja',
    firm: 'midori',
  },
  midoriConsultant2: {
    email: 'consultant2@midori.example',
    displayName: PEOPLE.midori[2],
    role: 'PARTNER_MEMBER',
    locale: 'en',
    firm: 'midori',
  },
  aozoraAdmin: {
    email: 'admin@aozora.example',
    displayName: PEOPLE.aozora[0],
    role: 'PARTNER_ADMIN',
    locale: 'ja',
    firm: 'aozora',
  },
  aozoraConsultant2: {
    email: 'consultant2@aozora.example',
    displayName: PEOPLE.aozora[2],
    role: 'PARTNER_MEMBER',
    locale: 'en',
    firm: 'aozora',
  },
} satisfies Record<string, DemoUser>;

export function experienceOf(role: Role): Experience {
  if (role === 'VENDOR_ADMIN' || role === 'VENDOR_STAFF') return 'vendor';
  if (role === 'AUDITOR') return 'auditor';
  return 'partner';
}

/** Every piece of user data of the demo set: allowed to stay unwrapped in the pseudo-locale. */
export const DEMO_DATA_TEXTS: readonly string[] = [
  ...Object.values(FIRMS),
  ...Object.values(PEOPLE).flat(),
  '小林 真理',
  'Kenji Mori',
  '加藤 誠',
  'admin@baton.example',
  'staff@baton.example',
  'auditor@baton.example',
  ...(Object.keys(FIRMS) as FirmKey[]).flatMap((f) => [
    `admin@${f}.example`,
    `consultant1@${f}.example`,
    `consultant2@${f}.example`,
  ]),
];

/**
 * The demo's capacity and assignment data: certified consultants, monthly offers, a queue of
 * customer accounts and a few placements, so the queue, recommendations and the capacity
 * calendar have something to show on a fresh database.
 */

/** Slots each firm offers for every line, this month and the next five. */
export const DEMO_CAPACITY: Record<string, number> = { sakura: 6, midori: 4, aozora: 8 };
export const DEMO_CAPACITY_MONTHS = 6;

/** consultant1 of each firm is certified for the firm's main product areas. */
export const DEMO_CERTIFIED: Record<string, readonly string[]> = {
  sakura: ['ACCOUNTING'],
  midori: ['PAYROLL'],
  aozora: ['ACCOUNTING', 'PAYROLL'],
};

/** The vendor staff member who signed off the certifications and placed the demo assignments. */
export const DEMO_SIGN_OFF = 'staff@baton.example';

/** Days between the demo certifications and the seed; they stay valid for 12 months. */
export const DEMO_CERTIFIED_DAYS_AGO = 45;

/** Days the firm has to decline a demo assignment (the default decline window). */
export const DEMO_DECLINE_DAYS = 5;

export interface DemoCustomer {
  company: string;
  industry: string;
  employeeBand: string;
  prefecture: string;
  /** The first is the main product (the capacity line it draws from). */
  products: string[];
  segment: 'SMB' | 'MID_MARKET' | 'ENTERPRISE';
  /** Contract date relative to the seed, in days (negative: already signed). */
  contractInDays: number;
  /** Firm holding it through an ACTIVE assignment of this month (lead: the firm's consultant1). */
  assignedTo?: string;
}

/**
 * 24 customers of the vendor's CRM (external ids CRM-1001 … in this order, by contract date).
 * Most contracts were signed in the last two months and wait in the queue: with the three placed
 * ones taken out, more customers wait this month than the firms have free slots, so the calendar
 * shows a shortfall; the rest arrive over the next two months.
 */
export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    company: '有限会社こもれび珈琲',
    industry: 'FOOD_SERVICE',
    employeeBand: '1-20',
    prefecture: 'JP-13',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: -59,
    assignedTo: 'sakura',
  },
  {
    company: '株式会社東雲建設',
    industry: 'CONSTRUCTION',
    employeeBand: '101-300',
    prefecture: 'JP-27',
    products: ['PAYROLL'],
    segment: 'MID_MARKET',
    contractInDays: -56,
    assignedTo: 'midori',
  },
  {
    company: '中部化成工業株式会社',
    industry: 'MANUFACTURING',
    employeeBand: '301-1000',
    prefecture: 'JP-23',
    products: ['ACCOUNTING', 'PAYROLL'],
    segment: 'MID_MARKET',
    contractInDays: -53,
    assignedTo: 'aozora',
  },
  {
    company: '株式会社青葉商事',
    industry: 'WHOLESALE',
    employeeBand: '21-100',
    prefecture: 'JP-13',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: -50,
  },
  {
    company: '丸山精機工業株式会社',
    industry: 'MANUFACTURING',
    employeeBand: '101-300',
    prefecture: 'JP-23',
    products: ['PAYROLL'],
    segment: 'MID_MARKET',
    contractInDays: -47,
  },
  {
    company: '株式会社みなと物流',
    industry: 'LOGISTICS',
    employeeBand: '101-300',
    prefecture: 'JP-14',
    products: ['PAYROLL'],
    segment: 'MID_MARKET',
    contractInDays: -44,
  },
  {
    company: '医療法人社団 さくら坂クリニック',
    industry: 'HEALTHCARE',
    employeeBand: '21-100',
    prefecture: 'JP-13',
    products: ['PAYROLL', 'ACCOUNTING'],
    segment: 'SMB',
    contractInDays: -41,
  },
  {
    company: '株式会社ひかりソフトウェア',
    industry: 'IT_SERVICES',
    employeeBand: '21-100',
    prefecture: 'JP-40',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: -38,
  },
  {
    company: '株式会社なにわフーズ',
    industry: 'FOOD_SERVICE',
    employeeBand: '21-100',
    prefecture: 'JP-27',
    products: ['PAYROLL'],
    segment: 'SMB',
    contractInDays: -35,
  },
  {
    company: '博多ロジテック株式会社',
    industry: 'LOGISTICS',
    employeeBand: '101-300',
    prefecture: 'JP-40',
    products: ['ACCOUNTING'],
    segment: 'MID_MARKET',
    contractInDays: -32,
  },
  {
    company: '東都ファイナンス株式会社',
    industry: 'FINANCE',
    employeeBand: '1001+',
    prefecture: 'JP-13',
    products: ['ACCOUNTING', 'PAYROLL'],
    segment: 'ENTERPRISE',
    contractInDays: -29,
  },
  {
    company: '株式会社湘南リゾート開発',
    industry: 'REAL_ESTATE',
    employeeBand: '21-100',
    prefecture: 'JP-14',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: -26,
  },
  {
    company: '学校法人 桜丘学園',
    industry: 'EDUCATION',
    employeeBand: '101-300',
    prefecture: 'JP-11',
    products: ['PAYROLL'],
    segment: 'MID_MARKET',
    contractInDays: -23,
  },
  {
    company: '株式会社ミライ設計事務所',
    industry: 'PROFESSIONAL_SERVICES',
    employeeBand: '1-20',
    prefecture: 'JP-13',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: -20,
  },
  {
    company: '北摂電機工業株式会社',
    industry: 'MANUFACTURING',
    employeeBand: '1001+',
    prefecture: 'JP-27',
    products: ['PAYROLL'],
    segment: 'ENTERPRISE',
    contractInDays: -17,
  },
  {
    company: '株式会社かがやきドラッグ',
    industry: 'RETAIL',
    employeeBand: '301-1000',
    prefecture: 'JP-14',
    products: ['ACCOUNTING'],
    segment: 'MID_MARKET',
    contractInDays: -13,
  },
  {
    company: '株式会社栄町ベーカリー',
    industry: 'FOOD_SERVICE',
    employeeBand: '1-20',
    prefecture: 'JP-23',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: -10,
  },
  {
    company: '株式会社浪速スチール',
    industry: 'WHOLESALE',
    employeeBand: '21-100',
    prefecture: 'JP-27',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: -7,
  },
  {
    company: '株式会社天神デジタル',
    industry: 'IT_SERVICES',
    employeeBand: '21-100',
    prefecture: 'JP-40',
    products: ['PAYROLL'],
    segment: 'SMB',
    contractInDays: -4,
  },
  {
    company: '一般社団法人 みらい福祉会',
    industry: 'NONPROFIT',
    employeeBand: '101-300',
    prefecture: 'JP-28',
    products: ['PAYROLL'],
    segment: 'MID_MARKET',
    contractInDays: -2,
  },
  {
    company: '株式会社横浜ベイ商会',
    industry: 'WHOLESALE',
    employeeBand: '21-100',
    prefecture: 'JP-14',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: 15,
  },
  {
    company: '日の出食品工業株式会社',
    industry: 'MANUFACTURING',
    employeeBand: '301-1000',
    prefecture: 'JP-23',
    products: ['PAYROLL', 'ACCOUNTING'],
    segment: 'MID_MARKET',
    contractInDays: 27,
  },
  {
    company: '株式会社銀座テーラー',
    industry: 'RETAIL',
    employeeBand: '1-20',
    prefecture: 'JP-13',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractInDays: 40,
  },
  {
    company: '九州メディカルサプライ株式会社',
    industry: 'HEALTHCARE',
    employeeBand: '101-300',
    prefecture: 'JP-40',
    products: ['ACCOUNTING', 'PAYROLL'],
    segment: 'MID_MARKET',
    contractInDays: 54,
  },
];

export const demoExternalId = (index: number) => `CRM-${1001 + index}`;

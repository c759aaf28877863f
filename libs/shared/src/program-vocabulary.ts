/**
 * Codes of a partner's strengths. Stored and exchanged as these codes; the portal translates
 * them. Regions are the 47 prefectures by ISO 3166-2:JP code.
 */
export const INDUSTRIES = [
  'MANUFACTURING',
  'RETAIL',
  'WHOLESALE',
  'CONSTRUCTION',
  'IT_SERVICES',
  'PROFESSIONAL_SERVICES',
  'HEALTHCARE',
  'FOOD_SERVICE',
  'LOGISTICS',
  'REAL_ESTATE',
  'FINANCE',
  'EDUCATION',
  'PUBLIC_SECTOR',
  'NONPROFIT',
] as const;

export const PRODUCT_MODULES = [
  'ACCOUNTING',
  'PAYROLL',
  'HR',
  'ATTENDANCE',
  'EXPENSE',
  'INVOICING',
  'WORKFLOW',
] as const;

export const LANGUAGES = ['ja', 'en', 'zh', 'ko', 'vi', 'pt'] as const;

export const CUSTOMER_SIZE_BANDS = ['1-20', '21-100', '101-300', '301-1000', '1001+'] as const;

export const PREFECTURES = Array.from({ length: 47 }, (_, i) => `JP-${String(i + 1).padStart(2, '0')}`);

export type Industry = (typeof INDUSTRIES)[number];
export type ProductModule = (typeof PRODUCT_MODULES)[number];
export type LanguageCode = (typeof LANGUAGES)[number];
export type CustomerSizeBand = (typeof CUSTOMER_SIZE_BANDS)[number];

/** Customer segments of the vendor's CRM. */
export const CUSTOMER_SEGMENTS = ['SMB', 'MID_MARKET', 'ENTERPRISE'] as const;
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];

/** The columns of a customer CSV import, in the template's order (a file format: never translated). */
export const CUSTOMER_IMPORT_COLUMNS = [
  'external_id',
  'company_name',
  'industry',
  'employee_band',
  'prefecture',
  'products',
  'contract_date',
  'segment',
] as const;
export type CustomerImportColumn = (typeof CUSTOMER_IMPORT_COLUMNS)[number];

export const TIERS = [1, 2, 3, 4, 5] as const;

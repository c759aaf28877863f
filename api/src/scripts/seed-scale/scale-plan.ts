/**
 * How many rows the scale seed writes, from one number: the customer accounts. The full program
 * (100,000 accounts) has 1,000 firms and 5,000 consultants; every other count follows the accounts
 * in the same proportion, so 10,000 accounts is the same program at a tenth of the size.
 */
export const FULL_ACCOUNTS = 100_000;

/** Months of capacity plans: the 21 before this one, this one and the next two. */
export const PAST_MONTHS = 21;
export const FUTURE_MONTHS = 2;
export const PLAN_MONTHS = PAST_MONTHS + 1 + FUTURE_MONTHS;

/** Phases of the standard onboarding template (the one the migrations ship). */
export const PHASES_PER_PROJECT = 6;
/** Usage snapshots per customer, on average. */
export const SNAPSHOTS_PER_ACCOUNT = 10;
/** Survey answers per onboarding project, on average. */
export const ANSWERS_PER_PROJECT = 0.5;

/** Users besides the firms' people: the vendor admin, vendor staff and the auditor. */
export const VENDOR_USERS = 3;

export interface ScalePlan {
  accounts: number;
  firms: number;
  consultants: number;
  /** One assignment per account, accepted: each has its onboarding project. */
  assignments: number;
  projects: number;
  phases: number;
  usageSnapshots: number;
  surveyAnswers: number;
  capacityPlans: number;
  /** The vendor's three plus one per consultant (the first of each firm is its partner admin). */
  users: number;
}

export function scalePlan(accounts: number): ScalePlan {
  if (!Number.isInteger(accounts) || accounts < 10 || accounts > 10_000_000)
    throw new Error(`accounts must be a whole number from 10 to 10,000,000 (got ${accounts})`);
  const share = accounts / FULL_ACCOUNTS;
  const firms = Math.max(1, Math.round(1_000 * share));
  const consultants = Math.max(firms, Math.round(5_000 * share));
  return {
    accounts,
    firms,
    consultants,
    assignments: accounts,
    projects: accounts,
    phases: accounts * PHASES_PER_PROJECT,
    usageSnapshots: accounts * SNAPSHOTS_PER_ACCOUNT,
    surveyAnswers: Math.round(accounts * ANSWERS_PER_PROJECT),
    capacityPlans: firms * PLAN_MONTHS,
    users: VENDOR_USERS + consultants,
  };
}

/** `--accounts N` (or `--accounts=N`) wins over `SCALE_ACCOUNTS`; the full program by default. */
export function accountsOption(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const i = argv.findIndex((a) => a === '--accounts' || a.startsWith('--accounts='));
  const raw = i < 0 ? env.SCALE_ACCOUNTS : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (raw === undefined || raw === '') return FULL_ACCOUNTS;
  const n = Number(raw.replace(/[_,]/g, ''));
  scalePlan(n);
  return n;
}

import { PRODUCT_MODULES } from '@baton/shared';
import type { CertificationStatus, ConsultantRowFragment, TrainingModuleKind, TrainingStatus } from '../../gql/graphql';

export const PRODUCT_AREAS: readonly string[] = PRODUCT_MODULES;

export const TRAINING_STATUSES: readonly TrainingStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'PASSED',
  'FAILED',
];

export const MODULE_KINDS: readonly TrainingModuleKind[] = ['ONLINE_COURSE', 'ROLE_PLAY', 'OJT'];

export const TRAINING_STATUS_COLORS: Record<TrainingStatus, string> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'blue',
  COMPLETED: 'yellow',
  PASSED: 'green',
  FAILED: 'red',
};

export const CERTIFICATION_STATUS_COLORS: Record<CertificationStatus, string> = {
  ACTIVE: 'green',
  NEEDS_RENEWAL: 'orange',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

/** Role-play and OJT results become PASSED only when vendor staff confirm them (mirrors the API rule). */
export function needsVendorConfirmation(kind: TrainingModuleKind): boolean {
  return kind === 'ROLE_PLAY' || kind === 'OJT';
}

/** Statuses a partner may record on a module of this kind. */
export function partnerStatuses(kind: TrainingModuleKind): TrainingStatus[] {
  return TRAINING_STATUSES.filter((s) => !(s === 'PASSED' && needsVendorConfirmation(kind)));
}

export type ConsultantState = 'ACTIVE' | 'INVITED' | 'DEACTIVATED';

/** Deactivated, invited (no account yet) or active. */
export function consultantState(c: Pick<ConsultantRowFragment, 'active' | 'userId'>): ConsultantState {
  if (!c.active) return 'DEACTIVATED';
  return c.userId ? 'ACTIVE' : 'INVITED';
}

/** Modules grouped by product area, in catalog order (the API answers them sorted by area). */
export function groupByArea<T extends { productArea: string }>(items: readonly T[]): { area: string; items: T[] }[] {
  const groups: { area: string; items: T[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.area === item.productArea) last.items.push(item);
    else groups.push({ area: item.productArea, items: [item] });
  }
  return groups;
}

/** The invitation link to pass on: the API answers a path, the portal's address completes it. */
export function absoluteUrl(path: string, origin: string): string {
  return /^https?:\/\//i.test(path) ? path : `${origin.replace(/\/$/, '')}${path.startsWith('/') ? '' : '/'}${path}`;
}

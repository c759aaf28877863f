import type { Locale, Role } from '../../gql/graphql';

export const ROLES: readonly Role[] = ['VENDOR_ADMIN', 'VENDOR_STAFF', 'PARTNER_ADMIN', 'PARTNER_MEMBER', 'AUDITOR'];
export const LOCALES: readonly Locale[] = ['ja', 'en'];

export function needsPartner(role: Role | null | undefined): boolean {
  return role === 'PARTNER_ADMIN' || role === 'PARTNER_MEMBER';
}

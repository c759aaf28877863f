/** The five roles of the partner program (DESIGN.md, "Who uses it"). */
export enum Role {
  VENDOR_ADMIN = 'VENDOR_ADMIN',
  VENDOR_STAFF = 'VENDOR_STAFF',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  PARTNER_MEMBER = 'PARTNER_MEMBER',
  AUDITOR = 'AUDITOR',
}

export const VENDOR_ROLES: readonly Role[] = [Role.VENDOR_ADMIN, Role.VENDOR_STAFF];
export const PARTNER_ROLES: readonly Role[] = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

export function isPartnerRole(role: Role): boolean {
  return PARTNER_ROLES.includes(role);
}

/** Which experience of the portal a role lands in. */
export type Experience = 'vendor' | 'partner' | 'auditor';

export function experienceOf(role: Role): Experience {
  if (isPartnerRole(role)) return 'partner';
  if (role === Role.AUDITOR) return 'auditor';
  return 'vendor';
}

import type { User } from './user.entity';

/** What the audit log keeps of a user: never the password hash. */
export function publicUser(u: User) {
  return {
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    partnerId: u.partnerId,
    locale: u.locale,
    active: u.active,
  };
}

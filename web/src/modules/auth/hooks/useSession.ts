import { createContext, useContext } from 'react';
import { experienceOf, type Experience, type Role as SharedRole } from '@baton/shared';
import type { CurrentUserFragment, Role } from '../../../gql/graphql';

export type SessionUser = CurrentUserFragment;

export const SessionContext = createContext<SessionUser | null>(null);

/** The signed-in user; only inside `RequireSession`. */
export function useSession(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSession() used outside RequireSession');
  return user;
}

/** The generated `Role` is a string union with the same values as the shared enum. */
export function experienceOfRole(role: Role): Experience {
  return experienceOf(role as SharedRole);
}

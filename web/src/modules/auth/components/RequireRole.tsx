import type { ReactNode } from 'react';
import { Forbidden } from '../../common/components/Forbidden';
import type { Role } from '../../../gql/graphql';
import { useSession } from '../hooks/useSession';

/** A page for some roles only: others get a clear "not allowed". */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useSession();
  return roles.includes(user.role) ? <>{children}</> : <Forbidden />;
}

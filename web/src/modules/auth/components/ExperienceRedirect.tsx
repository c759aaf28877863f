import { Navigate } from 'react-router';
import { experienceOfRole, useSession } from '../hooks/useSession';

/** Sends the user to the home of their own experience. */
export function ExperienceRedirect() {
  const user = useSession();
  return <Navigate to={`/${experienceOfRole(user.role)}`} replace />;
}

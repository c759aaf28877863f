import type { ReactNode } from 'react';
import type { Experience } from '@baton/shared';
import { ExperienceRedirect } from './ExperienceRedirect';
import { experienceOfRole, useSession } from '../hooks/useSession';

/** Renders an experience only for its roles; anyone else goes to their own. */
export function ExperienceGate({ experience, children }: { experience: Experience; children: ReactNode }) {
  const user = useSession();
  if (experienceOfRole(user.role) !== experience) return <ExperienceRedirect />;
  return <>{children}</>;
}

import { useQuery } from '@apollo/client/react';
import { CurrentTemplateQuery, TemplateVersionsQuery } from '../../graphql/templates';

/** The current version (the editor's start) and every version (the history). */
export function useTemplateVersions() {
  const current = useQuery(CurrentTemplateQuery, { fetchPolicy: 'cache-and-network' });
  const versions = useQuery(TemplateVersionsQuery, { fetchPolicy: 'cache-and-network' });
  return {
    current: current.data?.onboardingTemplate ?? null,
    versions: versions.data?.onboardingTemplates ?? null,
    currentError: current.error ?? null,
    versionsError: versions.error ?? null,
  };
}

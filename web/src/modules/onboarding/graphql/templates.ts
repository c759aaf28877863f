import { graphql } from '../../../gql';

export const TemplateVersionFieldsFragment = graphql(`
  fragment TemplateVersionFields on OnboardingTemplate {
    id
    version
    name
    current
    createdAt
    createdByEmail
    phases {
      id
      position
      nameEn
      nameJa
      dueDay
      surveyOnCompletion
    }
  }
`);

/** The version new projects start with. */
export const CurrentTemplateQuery = graphql(`
  query TemplatePageCurrent {
    onboardingTemplate {
      ...TemplateVersionFields
    }
  }
`);

/** Every version, newest first (vendor and auditor). */
export const TemplateVersionsQuery = graphql(`
  query TemplatePageVersions {
    onboardingTemplates {
      ...TemplateVersionFields
    }
  }
`);

/** Writes the next version and makes it current; running projects keep theirs. */
export const SaveOnboardingTemplateMutation = graphql(`
  mutation SaveOnboardingTemplate($input: UpdateOnboardingTemplateInput!) {
    updateOnboardingTemplate(input: $input) {
      ...TemplateVersionFields
    }
  }
`);

/** Refetched after a save: the current version and the history both change. */
export const TEMPLATE_QUERIES = ['TemplatePageCurrent', 'TemplatePageVersions'];

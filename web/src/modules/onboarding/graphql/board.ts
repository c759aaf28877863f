import { graphql } from '../../../gql';

export const BoardProjectFragment = graphql(`
  fragment BoardProject on OnboardingProject {
    id
    startDate
    health
    currentPhase {
      id
      position
      nameEn
      nameJa
      dueDate
    }
    phases {
      id
      position
      completedOn
      dueDate
    }
    customer {
      id
      companyName
    }
    leadConsultant {
      id
      displayName
    }
  }
`);

/** One page of the projects the caller may see (a firm: its own; a member: those they are staffed on). */
export const BoardProjectsQuery = graphql(`
  query BoardProjects($skip: Int, $take: Int, $filter: ProjectFilter) {
    onboardingProjects(skip: $skip, take: $take, filter: $filter) {
      totalItems
      items {
        ...BoardProject
      }
    }
  }
`);

/** The current template: one board column per phase. */
export const BoardTemplateQuery = graphql(`
  query BoardTemplate {
    onboardingTemplate {
      id
      version
      phases {
        id
        position
        nameEn
        nameJa
        dueDay
      }
    }
  }
`);

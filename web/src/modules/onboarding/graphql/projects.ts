import { graphql } from '../../../gql';

export const ProjectsListRowFragment = graphql(`
  fragment ProjectsListRow on OnboardingProject {
    id
    startDate
    health
    churnReason
    currentPhase {
      id
      position
      nameEn
      nameJa
      dueDate
    }
    customer {
      id
      companyName
    }
    partner {
      id
      name
    }
    leadConsultant {
      id
      displayName
    }
  }
`);

export const ProjectsListQuery = graphql(`
  query ProjectsList($filter: ProjectFilter, $skip: Int, $take: Int) {
    onboardingProjects(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        ...ProjectsListRow
      }
    }
  }
`);

/** How many projects of the list's other criteria are in each health (one aliased count per health). */
export const ProjectsHealthCountsQuery = graphql(`
  query ProjectsHealthCounts(
    $onTrack: ProjectFilter!
    $atRisk: ProjectFilter!
    $overdue: ProjectFilter!
    $completed: ProjectFilter!
    $churned: ProjectFilter!
  ) {
    onTrack: onboardingProjects(filter: $onTrack, take: 1) {
      totalItems
    }
    atRisk: onboardingProjects(filter: $atRisk, take: 1) {
      totalItems
    }
    overdue: onboardingProjects(filter: $overdue, take: 1) {
      totalItems
    }
    completed: onboardingProjects(filter: $completed, take: 1) {
      totalItems
    }
    churned: onboardingProjects(filter: $churned, take: 1) {
      totalItems
    }
  }
`);

/** The firms and the template's phases the list's filters offer. */
export const ProjectsFilterOptionsQuery = graphql(`
  query ProjectsFilterOptions {
    partners(take: 100, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
      }
    }
    onboardingTemplate {
      id
      phases {
        id
        position
        nameEn
        nameJa
      }
    }
  }
`);

export const ProjectPagePhaseFragment = graphql(`
  fragment ProjectPagePhase on ProjectPhase {
    id
    position
    nameEn
    nameJa
    dueDate
    completedOn
    summary
    completedByEmail
  }
`);

export const ProjectPageDetailFragment = graphql(`
  fragment ProjectPageDetail on OnboardingProject {
    id
    startDate
    health
    partnerId
    leadConsultantId
    churnedAt
    churnReason
    churnedByEmail
    customer {
      id
      companyName
    }
    partner {
      id
      name
    }
    leadConsultant {
      id
      displayName
    }
    team {
      id
      displayName
    }
    currentPhase {
      id
      position
    }
    phases {
      ...ProjectPagePhase
    }
    workLogs {
      id
      kind
      date
      hours
      notes
      loggedByEmail
    }
    issues {
      id
      title
      note
      openedAt
      openedByEmail
      resolvedAt
      resolvedByEmail
    }
    timeline {
      id
      at
      kind
      detail
      byEmail
    }
  }
`);

export const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    onboardingProject(id: $id) {
      ...ProjectPageDetail
    }
  }
`);

/** The firm's consultants a partner admin can staff (their own firm only). */
export const ProjectTeamOptionsQuery = graphql(`
  query ProjectTeamOptions {
    consultants(take: 100) {
      items {
        id
        displayName
        active
      }
    }
  }
`);

export const ProjectCompletePhaseMutation = graphql(`
  mutation ProjectCompletePhase($input: CompletePhaseInput!) {
    completePhase(input: $input) {
      __typename
      ... on ProjectPhase {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ProjectReopenPhaseMutation = graphql(`
  mutation ProjectReopenPhase($input: ReopenPhaseInput!) {
    reopenPhase(input: $input) {
      __typename
      ... on ProjectPhase {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ProjectLogWorkMutation = graphql(`
  mutation ProjectLogWork($input: LogWorkInput!) {
    logWork(input: $input) {
      __typename
      ... on WorkLog {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ProjectOpenIssueMutation = graphql(`
  mutation ProjectOpenIssue($input: OpenProjectIssueInput!) {
    openProjectIssue(input: $input) {
      __typename
      ... on ProjectIssue {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ProjectResolveIssueMutation = graphql(`
  mutation ProjectResolveIssue($input: ResolveProjectIssueInput!) {
    resolveProjectIssue(input: $input) {
      __typename
      ... on ProjectIssue {
        id
        resolvedAt
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ProjectUpdateTeamMutation = graphql(`
  mutation ProjectUpdateTeam($input: UpdateProjectTeamInput!) {
    updateProjectTeam(input: $input) {
      __typename
      ... on OnboardingProject {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ProjectChurnMutation = graphql(`
  mutation ProjectChurn($input: ChurnProjectInput!) {
    churnProject(input: $input) {
      __typename
      ... on OnboardingProject {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

/**
 * What a change on the project page refetches: the page itself (the only one mounted; the lists
 * read with cache-and-network, so they are fresh again on return).
 */
export const PROJECT_QUERIES = ['ProjectPage'];

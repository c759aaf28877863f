import { graphql } from '../../../gql';

/** What a survey link shows before it is answered (public, no sign-in). */
export const PublicSurveyQuery = graphql(`
  query PublicSurvey($token: String!) {
    survey(token: $token) {
      state
      kind
      companyName
      phaseNameEn
      phaseNameJa
    }
  }
`);

/** The customer's one answer; a used or expired link comes back as `SurveyInvalidError`. */
export const AnswerSurveyMutation = graphql(`
  mutation AnswerSurvey($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) {
      __typename
      ... on SurveyAnswered {
        answered
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ProjectSurveyFieldsFragment = graphql(`
  fragment ProjectSurveyFields on Survey {
    id
    kind
    phasePosition
    link
    createdAt
    expiresAt
    answeredAt
    csat
    nps
    worries
    evaluation
  }
`);

/**
 * The surveys of one project with its phases (to name the phase a survey follows). The phases'
 * completion dates tell the panel when a completion elsewhere on the page may have created one.
 */
export const ProjectSurveysQuery = graphql(`
  query ProjectSurveys($id: ID!) {
    onboardingProject(id: $id) {
      id
      phases {
        id
        position
        nameEn
        nameJa
        completedOn
      }
      surveys {
        ...ProjectSurveyFields
      }
    }
  }
`);

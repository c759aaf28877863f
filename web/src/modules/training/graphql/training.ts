import { graphql } from '../../../gql';

export const ConsultantRowFragment = graphql(`
  fragment ConsultantRow on Consultant {
    id
    partnerId
    email
    displayName
    active
    userId
    createdAt
  }
`);

export const CertificationRowFragment = graphql(`
  fragment CertificationRow on SkillCertification {
    id
    consultantId
    productArea
    status
    certifiedAt
    expiresAt
    signedOffByEmail
  }
`);

export const ConsultantsQuery = graphql(`
  query Consultants($partnerId: ID, $filter: ConsultantFilter, $skip: Int, $take: Int) {
    consultants(partnerId: $partnerId, filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        ...ConsultantRow
        certifications {
          ...CertificationRow
        }
      }
    }
  }
`);

export const InviteConsultantMutation = graphql(`
  mutation InviteConsultant($input: InviteConsultantInput!) {
    inviteConsultant(input: $input) {
      __typename
      ... on ConsultantInvitation {
        acceptUrl
        consultant {
          ...ConsultantRow
        }
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const DeactivateConsultantMutation = graphql(`
  mutation DeactivateConsultant($id: ID!) {
    deactivateConsultant(id: $id) {
      __typename
      ... on Consultant {
        ...ConsultantRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ReactivateConsultantMutation = graphql(`
  mutation ReactivateConsultant($id: ID!) {
    reactivateConsultant(id: $id) {
      __typename
      ... on Consultant {
        ...ConsultantRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const TrainingModuleRowFragment = graphql(`
  fragment TrainingModuleRow on TrainingModule {
    id
    productArea
    kind
    title
    description
    passCriteria
    required
    sortOrder
    active
  }
`);

export const CurriculaQuery = graphql(`
  query Curricula($includeArchived: Boolean) {
    curricula(includeArchived: $includeArchived) {
      id
      productArea
      name
      description
      active
      modules(includeArchived: $includeArchived) {
        ...TrainingModuleRow
      }
    }
  }
`);

export const CreateCurriculumMutation = graphql(`
  mutation CreateCurriculum($input: CreateCurriculumInput!) {
    createCurriculum(input: $input) {
      __typename
      ... on Curriculum {
        id
        productArea
        name
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const UpdateCurriculumMutation = graphql(`
  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {
    updateCurriculum(id: $id, input: $input) {
      __typename
      ... on Curriculum {
        id
        productArea
        name
        description
        active
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ArchiveCurriculumMutation = graphql(`
  mutation ArchiveCurriculum($id: ID!) {
    archiveCurriculum(id: $id) {
      __typename
      ... on Curriculum {
        id
        name
        active
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CreateTrainingModuleMutation = graphql(`
  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {
    createTrainingModule(input: $input) {
      __typename
      ... on TrainingModule {
        ...TrainingModuleRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const UpdateTrainingModuleMutation = graphql(`
  mutation UpdateTrainingModule($id: ID!, $input: UpdateTrainingModuleInput!) {
    updateTrainingModule(id: $id, input: $input) {
      __typename
      ... on TrainingModule {
        ...TrainingModuleRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ArchiveTrainingModuleMutation = graphql(`
  mutation ArchiveTrainingModule($id: ID!) {
    archiveTrainingModule(id: $id) {
      __typename
      ... on TrainingModule {
        ...TrainingModuleRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const TrainingRecordFieldsFragment = graphql(`
  fragment TrainingRecordFields on TrainingRecord {
    id
    consultantId
    moduleId
    status
    date
    score
    note
    recordedByEmail
    confirmedByEmail
    confirmedAt
    updatedAt
  }
`);

export const TrainingMatrixQuery = graphql(`
  query TrainingMatrix($partnerId: ID!, $productArea: String, $skip: Int, $take: Int) {
    trainingMatrix(partnerId: $partnerId, productArea: $productArea, skip: $skip, take: $take) {
      partnerId
      totalConsultants
      modules {
        ...TrainingModuleRow
      }
      rows {
        consultant {
          ...ConsultantRow
          certifications {
            ...CertificationRow
          }
        }
        cells {
          moduleId
          status
          awaitingConfirmation
          record {
            ...TrainingRecordFields
          }
        }
      }
    }
  }
`);

export const RecordTrainingMutation = graphql(`
  mutation RecordTraining($input: RecordTrainingInput!) {
    recordTraining(input: $input) {
      __typename
      ... on TrainingRecord {
        ...TrainingRecordFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ConfirmTrainingResultMutation = graphql(`
  mutation ConfirmTrainingResult($input: ConfirmTrainingResultInput!) {
    confirmTrainingResult(input: $input) {
      __typename
      ... on TrainingRecord {
        ...TrainingRecordFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CertifyConsultantMutation = graphql(`
  mutation CertifyConsultant($input: CertifyConsultantInput!) {
    certifyConsultant(input: $input) {
      __typename
      ... on SkillCertification {
        ...CertificationRow
      }
      ... on TrainingIncompleteError {
        productArea
        missingModules {
          id
          title
          kind
        }
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const RevokeCertificationMutation = graphql(`
  mutation RevokeCertification($input: RevokeCertificationInput!) {
    revokeCertification(input: $input) {
      __typename
      ... on SkillCertification {
        ...CertificationRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

/** Pending role-play/OJT results: consultants with their records (no queue query in the API). */
export const ConfirmationQueueQuery = graphql(`
  query ConfirmationQueue($skip: Int, $take: Int) {
    consultants(filter: { active: true }, skip: $skip, take: $take) {
      totalItems
      items {
        id
        displayName
        email
        partner {
          id
          name
        }
        trainingRecords {
          ...TrainingRecordFields
          module {
            id
            title
            kind
            productArea
            active
          }
        }
      }
    }
  }
`);

export const TrainingOverviewQuery = graphql(`
  query TrainingOverview($productArea: String) {
    trainingOverview(productArea: $productArea) {
      activeConsultants
      requiredModules
      byModule {
        module {
          id
          title
          kind
          productArea
          required
        }
        passedConsultants
        activeConsultants
        rate
      }
      byPartner {
        partnerId
        partner {
          id
          name
        }
        activeConsultants
        fullyTrainedConsultants
        passedRequired
        rate
      }
    }
  }
`);

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    audienceTiers\n    recertificationProductArea\n    certificationsMarked\n    publishedByEmail\n    publishedAt\n    acknowledgedByMe\n  }\n": typeof types.AnnouncementFieldsFragmentDoc,
    "\n  fragment ReadReceipt on AnnouncementAcknowledgement {\n    id\n    userEmail\n    partnerId\n    at\n  }\n": typeof types.ReadReceiptFragmentDoc,
    "\n  query Announcements($skip: Int, $take: Int) {\n    announcements(skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AnnouncementFields\n        readReceipts {\n          ...ReadReceipt\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementsDocument,
    "\n  query PartnerAnnouncements($skip: Int, $take: Int) {\n    announcements(skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AnnouncementFields\n      }\n    }\n  }\n": typeof types.PartnerAnnouncementsDocument,
    "\n  query UnreadAnnouncements($take: Int) {\n    announcements(take: $take) {\n      items {\n        id\n        acknowledgedByMe\n      }\n    }\n  }\n": typeof types.UnreadAnnouncementsDocument,
    "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementFields\n      readReceipts {\n        ...ReadReceipt\n      }\n    }\n  }\n": typeof types.AnnouncementDocument,
    "\n  query AnnouncementFirms {\n    partners(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AnnouncementFirmsDocument,
    "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      ...AnnouncementFields\n      readReceipts {\n        ...ReadReceipt\n      }\n    }\n  }\n": typeof types.PublishAnnouncementDocument,
    "\n  mutation AcknowledgeAnnouncement($id: ID!) {\n    acknowledgeAnnouncement(id: $id) {\n      __typename\n      ... on Announcement {\n        ...AnnouncementFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.AcknowledgeAnnouncementDocument,
    "\n  mutation SubmitPartnerApplication($input: SubmitPartnerApplicationInput!) {\n    submitPartnerApplication(input: $input) {\n      __typename\n      ... on ApplicationReceived {\n        reference\n      }\n      ... on TooManyApplicationsError {\n        retryAfterSeconds\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SubmitPartnerApplicationDocument,
    "\n  fragment ApplicationRow on PartnerApplication {\n    id\n    reference\n    firmName\n    kind\n    contactName\n    contactEmail\n    status\n    averageScore\n    createdAt\n    decidedAt\n  }\n": typeof types.ApplicationRowFragmentDoc,
    "\n  query PartnerApplications($filter: PartnerApplicationFilter, $sort: PartnerApplicationSort, $skip: Int, $take: Int) {\n    partnerApplications(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...ApplicationRow\n      }\n    }\n  }\n": typeof types.PartnerApplicationsDocument,
    "\n  fragment ApplicationScorecard on PartnerApplication {\n    id\n    reference\n    status\n    averageScore\n    unscoredCriteria\n    decidedAt\n    decidedByEmail\n    decisionReason\n    createdAt\n    createdPartner {\n      id\n      name\n    }\n    scorecard {\n      criterion\n      score\n      note\n      scoredAt\n      scoredByEmail\n    }\n  }\n": typeof types.ApplicationScorecardFragmentDoc,
    "\n  fragment ApplicationDetail on PartnerApplication {\n    ...ApplicationScorecard\n    firmName\n    kind\n    contactName\n    contactEmail\n    contactPhone\n    headcountAtStart\n    monthlyCapacity\n    industries\n    productModules\n    regions\n    languages\n    customerSizeBands\n    expansionPlans\n    updatedAt\n  }\n": typeof types.ApplicationDetailFragmentDoc,
    "\n  query PartnerApplication($id: ID!) {\n    partnerApplication(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.PartnerApplicationDocument,
    "\n  query PartnerOriginApplication($id: ID!) {\n    partner(id: $id) {\n      id\n      application {\n        ...ApplicationScorecard\n      }\n    }\n  }\n": typeof types.PartnerOriginApplicationDocument,
    "\n  mutation ScorePartnerApplication($input: ScorePartnerApplicationInput!) {\n    scorePartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplication {\n        ...ApplicationDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ScorePartnerApplicationDocument,
    "\n  mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {\n    approvePartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplicationApproved {\n        invitationUrl\n        partner {\n          id\n          name\n        }\n        application {\n          ...ApplicationDetail\n        }\n      }\n      ... on ApplicationNotScoredError {\n        unscoredCriteria\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ApprovePartnerApplicationDocument,
    "\n  mutation RejectPartnerApplication($input: RejectPartnerApplicationInput!) {\n    rejectPartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplication {\n        ...ApplicationDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.RejectPartnerApplicationDocument,
    "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    at\n    actorId\n    actorEmail\n    actorRole\n    action\n    entityType\n    entityId\n    before\n    after\n    requestId\n  }\n": typeof types.AuditLogRowFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $skip: Int, $take: Int) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AuditLogRow\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditLogCsv($filter: AuditLogFilter) {\n    auditLogCsv(filter: $filter)\n  }\n": typeof types.AuditLogCsvDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    displayName\n    role\n    locale\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          ...CurrentUser\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment CapacityPlanRow on CapacityPlan {\n    id\n    month\n    productLine\n    slotsOffered\n    slotsConsumed\n    slotsFree\n    updatedAt\n    updatedByEmail\n  }\n": typeof types.CapacityPlanRowFragmentDoc,
    "\n  query CapacitySummary($partnerId: ID!, $months: Int!) {\n    partner(id: $partnerId) {\n      id\n      capacitySummary(months: $months) {\n        totalOffered\n        totalConsumed\n        totalFree\n        months {\n          month\n          offered\n          consumed\n          free\n        }\n      }\n    }\n  }\n": typeof types.CapacitySummaryDocument,
    "\n  query CapacityPlans($partnerId: ID!, $fromMonth: String, $months: Int) {\n    capacityPlans(partnerId: $partnerId, fromMonth: $fromMonth, months: $months) {\n      ...CapacityPlanRow\n    }\n  }\n": typeof types.CapacityPlansDocument,
    "\n  query CapacityOfferHistory($partnerId: ID!, $skip: Int, $take: Int) {\n    capacityOfferHistory(partnerId: $partnerId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        month\n        productLine\n        previousSlots\n        newSlots\n        changedByEmail\n        at\n      }\n    }\n  }\n": typeof types.CapacityOfferHistoryDocument,
    "\n  mutation OfferCapacity($input: OfferCapacityInput!) {\n    offerCapacity(input: $input) {\n      __typename\n      ... on CapacityPlan {\n        ...CapacityPlanRow\n      }\n      ... on CapacityBelowConsumedError {\n        consumed\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.OfferCapacityDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      partnerName\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          ...CurrentUser\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment PartnerRow on Partner {\n    id\n    name\n    kind\n    status\n    tier\n    regions\n    productModules\n    headcountAtStart\n    createdAt\n  }\n": typeof types.PartnerRowFragmentDoc,
    "\n  query Partners($filter: PartnerFilter, $sort: PartnerSort, $skip: Int, $take: Int) {\n    partners(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...PartnerRow\n      }\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  query PartnersCsv($filter: PartnerFilter, $sort: PartnerSort) {\n    partnersCsv(filter: $filter, sort: $sort)\n  }\n": typeof types.PartnersCsvDocument,
    "\n  fragment PartnerDetail on Partner {\n    id\n    name\n    kind\n    status\n    tier\n    headcountAtStart\n    contactName\n    contactEmail\n    contactPhone\n    website\n    description\n    industries\n    productModules\n    regions\n    languages\n    customerSizeBands\n    createdAt\n    updatedAt\n    allowedTransitions\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      reason\n      changedByEmail\n      at\n    }\n  }\n": typeof types.PartnerDetailFragmentDoc,
    "\n  query Partner($id: ID!) {\n    partner(id: $id) {\n      ...PartnerDetail\n    }\n  }\n": typeof types.PartnerDocument,
    "\n  mutation ChangePartnerStatus($input: ChangePartnerStatusInput!) {\n    changePartnerStatus(input: $input) {\n      __typename\n      ... on Partner {\n        ...PartnerDetail\n      }\n      ... on IllegalStatusTransitionError {\n        from\n        to\n        allowed\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ChangePartnerStatusDocument,
    "\n  mutation UpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(id: $id, input: $input) {\n      __typename\n      ... on Partner {\n        ...PartnerDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.UpdatePartnerProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      __typename\n      ... on User {\n        id\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  fragment ConsultantRow on Consultant {\n    id\n    partnerId\n    email\n    displayName\n    active\n    userId\n    createdAt\n  }\n": typeof types.ConsultantRowFragmentDoc,
    "\n  fragment CertificationRow on SkillCertification {\n    id\n    consultantId\n    productArea\n    status\n    certifiedAt\n    expiresAt\n    signedOffByEmail\n  }\n": typeof types.CertificationRowFragmentDoc,
    "\n  query Consultants($partnerId: ID, $filter: ConsultantFilter, $skip: Int, $take: Int) {\n    consultants(partnerId: $partnerId, filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...ConsultantRow\n        certifications {\n          ...CertificationRow\n        }\n      }\n    }\n  }\n": typeof types.ConsultantsDocument,
    "\n  mutation InviteConsultant($input: InviteConsultantInput!) {\n    inviteConsultant(input: $input) {\n      __typename\n      ... on ConsultantInvitation {\n        acceptUrl\n        consultant {\n          ...ConsultantRow\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.InviteConsultantDocument,
    "\n  mutation DeactivateConsultant($id: ID!) {\n    deactivateConsultant(id: $id) {\n      __typename\n      ... on Consultant {\n        ...ConsultantRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.DeactivateConsultantDocument,
    "\n  mutation ReactivateConsultant($id: ID!) {\n    reactivateConsultant(id: $id) {\n      __typename\n      ... on Consultant {\n        ...ConsultantRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ReactivateConsultantDocument,
    "\n  fragment TrainingModuleRow on TrainingModule {\n    id\n    productArea\n    kind\n    title\n    description\n    passCriteria\n    required\n    sortOrder\n    active\n  }\n": typeof types.TrainingModuleRowFragmentDoc,
    "\n  query Curricula($includeArchived: Boolean) {\n    curricula(includeArchived: $includeArchived) {\n      id\n      productArea\n      name\n      description\n      active\n      modules(includeArchived: $includeArchived) {\n        ...TrainingModuleRow\n      }\n    }\n  }\n": typeof types.CurriculaDocument,
    "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      __typename\n      ... on Curriculum {\n        id\n        productArea\n        name\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.CreateCurriculumDocument,
    "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      __typename\n      ... on Curriculum {\n        id\n        productArea\n        name\n        description\n        active\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.UpdateCurriculumDocument,
    "\n  mutation ArchiveCurriculum($id: ID!) {\n    archiveCurriculum(id: $id) {\n      __typename\n      ... on Curriculum {\n        id\n        name\n        active\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ArchiveCurriculumDocument,
    "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.CreateTrainingModuleDocument,
    "\n  mutation UpdateTrainingModule($id: ID!, $input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(id: $id, input: $input) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.UpdateTrainingModuleDocument,
    "\n  mutation ArchiveTrainingModule($id: ID!) {\n    archiveTrainingModule(id: $id) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ArchiveTrainingModuleDocument,
    "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    consultantId\n    moduleId\n    status\n    date\n    score\n    note\n    recordedByEmail\n    confirmedByEmail\n    confirmedAt\n    updatedAt\n  }\n": typeof types.TrainingRecordFieldsFragmentDoc,
    "\n  query TrainingMatrix($partnerId: ID!, $productArea: String, $skip: Int, $take: Int) {\n    trainingMatrix(partnerId: $partnerId, productArea: $productArea, skip: $skip, take: $take) {\n      partnerId\n      totalConsultants\n      modules {\n        ...TrainingModuleRow\n      }\n      rows {\n        consultant {\n          ...ConsultantRow\n          certifications {\n            ...CertificationRow\n          }\n        }\n        cells {\n          moduleId\n          status\n          awaitingConfirmation\n          record {\n            ...TrainingRecordFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingMatrixDocument,
    "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      __typename\n      ... on TrainingRecord {\n        ...TrainingRecordFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.RecordTrainingDocument,
    "\n  mutation ConfirmTrainingResult($input: ConfirmTrainingResultInput!) {\n    confirmTrainingResult(input: $input) {\n      __typename\n      ... on TrainingRecord {\n        ...TrainingRecordFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ConfirmTrainingResultDocument,
    "\n  mutation CertifyConsultant($input: CertifyConsultantInput!) {\n    certifyConsultant(input: $input) {\n      __typename\n      ... on SkillCertification {\n        ...CertificationRow\n      }\n      ... on TrainingIncompleteError {\n        productArea\n        missingModules {\n          id\n          title\n          kind\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.CertifyConsultantDocument,
    "\n  mutation RevokeCertification($input: RevokeCertificationInput!) {\n    revokeCertification(input: $input) {\n      __typename\n      ... on SkillCertification {\n        ...CertificationRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.RevokeCertificationDocument,
    "\n  query ConfirmationQueue($skip: Int, $take: Int) {\n    consultants(filter: { active: true }, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        displayName\n        email\n        partner {\n          id\n          name\n        }\n        trainingRecords {\n          ...TrainingRecordFields\n          module {\n            id\n            title\n            kind\n            productArea\n            active\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConfirmationQueueDocument,
    "\n  query TrainingOverview($productArea: String) {\n    trainingOverview(productArea: $productArea) {\n      activeConsultants\n      requiredModules\n      byModule {\n        module {\n          id\n          title\n          kind\n          productArea\n          required\n        }\n        passedConsultants\n        activeConsultants\n        rate\n      }\n      byPartner {\n        partnerId\n        partner {\n          id\n          name\n        }\n        activeConsultants\n        fullyTrainedConsultants\n        passedRequired\n        rate\n      }\n    }\n  }\n": typeof types.TrainingOverviewDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    createdAt\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($filter: UserFilter, $sort: UserSort, $skip: Int, $take: Int) {\n    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query PartnerOptions {\n    partners(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PartnerOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      __typename\n      ... on User {\n        id\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
};
const documents: Documents = {
    "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    audienceTiers\n    recertificationProductArea\n    certificationsMarked\n    publishedByEmail\n    publishedAt\n    acknowledgedByMe\n  }\n": types.AnnouncementFieldsFragmentDoc,
    "\n  fragment ReadReceipt on AnnouncementAcknowledgement {\n    id\n    userEmail\n    partnerId\n    at\n  }\n": types.ReadReceiptFragmentDoc,
    "\n  query Announcements($skip: Int, $take: Int) {\n    announcements(skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AnnouncementFields\n        readReceipts {\n          ...ReadReceipt\n        }\n      }\n    }\n  }\n": types.AnnouncementsDocument,
    "\n  query PartnerAnnouncements($skip: Int, $take: Int) {\n    announcements(skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AnnouncementFields\n      }\n    }\n  }\n": types.PartnerAnnouncementsDocument,
    "\n  query UnreadAnnouncements($take: Int) {\n    announcements(take: $take) {\n      items {\n        id\n        acknowledgedByMe\n      }\n    }\n  }\n": types.UnreadAnnouncementsDocument,
    "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementFields\n      readReceipts {\n        ...ReadReceipt\n      }\n    }\n  }\n": types.AnnouncementDocument,
    "\n  query AnnouncementFirms {\n    partners(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.AnnouncementFirmsDocument,
    "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      ...AnnouncementFields\n      readReceipts {\n        ...ReadReceipt\n      }\n    }\n  }\n": types.PublishAnnouncementDocument,
    "\n  mutation AcknowledgeAnnouncement($id: ID!) {\n    acknowledgeAnnouncement(id: $id) {\n      __typename\n      ... on Announcement {\n        ...AnnouncementFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.AcknowledgeAnnouncementDocument,
    "\n  mutation SubmitPartnerApplication($input: SubmitPartnerApplicationInput!) {\n    submitPartnerApplication(input: $input) {\n      __typename\n      ... on ApplicationReceived {\n        reference\n      }\n      ... on TooManyApplicationsError {\n        retryAfterSeconds\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SubmitPartnerApplicationDocument,
    "\n  fragment ApplicationRow on PartnerApplication {\n    id\n    reference\n    firmName\n    kind\n    contactName\n    contactEmail\n    status\n    averageScore\n    createdAt\n    decidedAt\n  }\n": types.ApplicationRowFragmentDoc,
    "\n  query PartnerApplications($filter: PartnerApplicationFilter, $sort: PartnerApplicationSort, $skip: Int, $take: Int) {\n    partnerApplications(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...ApplicationRow\n      }\n    }\n  }\n": types.PartnerApplicationsDocument,
    "\n  fragment ApplicationScorecard on PartnerApplication {\n    id\n    reference\n    status\n    averageScore\n    unscoredCriteria\n    decidedAt\n    decidedByEmail\n    decisionReason\n    createdAt\n    createdPartner {\n      id\n      name\n    }\n    scorecard {\n      criterion\n      score\n      note\n      scoredAt\n      scoredByEmail\n    }\n  }\n": types.ApplicationScorecardFragmentDoc,
    "\n  fragment ApplicationDetail on PartnerApplication {\n    ...ApplicationScorecard\n    firmName\n    kind\n    contactName\n    contactEmail\n    contactPhone\n    headcountAtStart\n    monthlyCapacity\n    industries\n    productModules\n    regions\n    languages\n    customerSizeBands\n    expansionPlans\n    updatedAt\n  }\n": types.ApplicationDetailFragmentDoc,
    "\n  query PartnerApplication($id: ID!) {\n    partnerApplication(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": types.PartnerApplicationDocument,
    "\n  query PartnerOriginApplication($id: ID!) {\n    partner(id: $id) {\n      id\n      application {\n        ...ApplicationScorecard\n      }\n    }\n  }\n": types.PartnerOriginApplicationDocument,
    "\n  mutation ScorePartnerApplication($input: ScorePartnerApplicationInput!) {\n    scorePartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplication {\n        ...ApplicationDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ScorePartnerApplicationDocument,
    "\n  mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {\n    approvePartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplicationApproved {\n        invitationUrl\n        partner {\n          id\n          name\n        }\n        application {\n          ...ApplicationDetail\n        }\n      }\n      ... on ApplicationNotScoredError {\n        unscoredCriteria\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ApprovePartnerApplicationDocument,
    "\n  mutation RejectPartnerApplication($input: RejectPartnerApplicationInput!) {\n    rejectPartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplication {\n        ...ApplicationDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.RejectPartnerApplicationDocument,
    "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    at\n    actorId\n    actorEmail\n    actorRole\n    action\n    entityType\n    entityId\n    before\n    after\n    requestId\n  }\n": types.AuditLogRowFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $skip: Int, $take: Int) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AuditLogRow\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditLogCsv($filter: AuditLogFilter) {\n    auditLogCsv(filter: $filter)\n  }\n": types.AuditLogCsvDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    displayName\n    role\n    locale\n    partner {\n      id\n      name\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          ...CurrentUser\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment CapacityPlanRow on CapacityPlan {\n    id\n    month\n    productLine\n    slotsOffered\n    slotsConsumed\n    slotsFree\n    updatedAt\n    updatedByEmail\n  }\n": types.CapacityPlanRowFragmentDoc,
    "\n  query CapacitySummary($partnerId: ID!, $months: Int!) {\n    partner(id: $partnerId) {\n      id\n      capacitySummary(months: $months) {\n        totalOffered\n        totalConsumed\n        totalFree\n        months {\n          month\n          offered\n          consumed\n          free\n        }\n      }\n    }\n  }\n": types.CapacitySummaryDocument,
    "\n  query CapacityPlans($partnerId: ID!, $fromMonth: String, $months: Int) {\n    capacityPlans(partnerId: $partnerId, fromMonth: $fromMonth, months: $months) {\n      ...CapacityPlanRow\n    }\n  }\n": types.CapacityPlansDocument,
    "\n  query CapacityOfferHistory($partnerId: ID!, $skip: Int, $take: Int) {\n    capacityOfferHistory(partnerId: $partnerId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        month\n        productLine\n        previousSlots\n        newSlots\n        changedByEmail\n        at\n      }\n    }\n  }\n": types.CapacityOfferHistoryDocument,
    "\n  mutation OfferCapacity($input: OfferCapacityInput!) {\n    offerCapacity(input: $input) {\n      __typename\n      ... on CapacityPlan {\n        ...CapacityPlanRow\n      }\n      ... on CapacityBelowConsumedError {\n        consumed\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.OfferCapacityDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      partnerName\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          ...CurrentUser\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment PartnerRow on Partner {\n    id\n    name\n    kind\n    status\n    tier\n    regions\n    productModules\n    headcountAtStart\n    createdAt\n  }\n": types.PartnerRowFragmentDoc,
    "\n  query Partners($filter: PartnerFilter, $sort: PartnerSort, $skip: Int, $take: Int) {\n    partners(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...PartnerRow\n      }\n    }\n  }\n": types.PartnersDocument,
    "\n  query PartnersCsv($filter: PartnerFilter, $sort: PartnerSort) {\n    partnersCsv(filter: $filter, sort: $sort)\n  }\n": types.PartnersCsvDocument,
    "\n  fragment PartnerDetail on Partner {\n    id\n    name\n    kind\n    status\n    tier\n    headcountAtStart\n    contactName\n    contactEmail\n    contactPhone\n    website\n    description\n    industries\n    productModules\n    regions\n    languages\n    customerSizeBands\n    createdAt\n    updatedAt\n    allowedTransitions\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      reason\n      changedByEmail\n      at\n    }\n  }\n": types.PartnerDetailFragmentDoc,
    "\n  query Partner($id: ID!) {\n    partner(id: $id) {\n      ...PartnerDetail\n    }\n  }\n": types.PartnerDocument,
    "\n  mutation ChangePartnerStatus($input: ChangePartnerStatusInput!) {\n    changePartnerStatus(input: $input) {\n      __typename\n      ... on Partner {\n        ...PartnerDetail\n      }\n      ... on IllegalStatusTransitionError {\n        from\n        to\n        allowed\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ChangePartnerStatusDocument,
    "\n  mutation UpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(id: $id, input: $input) {\n      __typename\n      ... on Partner {\n        ...PartnerDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.UpdatePartnerProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      __typename\n      ... on User {\n        id\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  fragment ConsultantRow on Consultant {\n    id\n    partnerId\n    email\n    displayName\n    active\n    userId\n    createdAt\n  }\n": types.ConsultantRowFragmentDoc,
    "\n  fragment CertificationRow on SkillCertification {\n    id\n    consultantId\n    productArea\n    status\n    certifiedAt\n    expiresAt\n    signedOffByEmail\n  }\n": types.CertificationRowFragmentDoc,
    "\n  query Consultants($partnerId: ID, $filter: ConsultantFilter, $skip: Int, $take: Int) {\n    consultants(partnerId: $partnerId, filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...ConsultantRow\n        certifications {\n          ...CertificationRow\n        }\n      }\n    }\n  }\n": types.ConsultantsDocument,
    "\n  mutation InviteConsultant($input: InviteConsultantInput!) {\n    inviteConsultant(input: $input) {\n      __typename\n      ... on ConsultantInvitation {\n        acceptUrl\n        consultant {\n          ...ConsultantRow\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.InviteConsultantDocument,
    "\n  mutation DeactivateConsultant($id: ID!) {\n    deactivateConsultant(id: $id) {\n      __typename\n      ... on Consultant {\n        ...ConsultantRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.DeactivateConsultantDocument,
    "\n  mutation ReactivateConsultant($id: ID!) {\n    reactivateConsultant(id: $id) {\n      __typename\n      ... on Consultant {\n        ...ConsultantRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ReactivateConsultantDocument,
    "\n  fragment TrainingModuleRow on TrainingModule {\n    id\n    productArea\n    kind\n    title\n    description\n    passCriteria\n    required\n    sortOrder\n    active\n  }\n": types.TrainingModuleRowFragmentDoc,
    "\n  query Curricula($includeArchived: Boolean) {\n    curricula(includeArchived: $includeArchived) {\n      id\n      productArea\n      name\n      description\n      active\n      modules(includeArchived: $includeArchived) {\n        ...TrainingModuleRow\n      }\n    }\n  }\n": types.CurriculaDocument,
    "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      __typename\n      ... on Curriculum {\n        id\n        productArea\n        name\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.CreateCurriculumDocument,
    "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      __typename\n      ... on Curriculum {\n        id\n        productArea\n        name\n        description\n        active\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.UpdateCurriculumDocument,
    "\n  mutation ArchiveCurriculum($id: ID!) {\n    archiveCurriculum(id: $id) {\n      __typename\n      ... on Curriculum {\n        id\n        name\n        active\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ArchiveCurriculumDocument,
    "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.CreateTrainingModuleDocument,
    "\n  mutation UpdateTrainingModule($id: ID!, $input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(id: $id, input: $input) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.UpdateTrainingModuleDocument,
    "\n  mutation ArchiveTrainingModule($id: ID!) {\n    archiveTrainingModule(id: $id) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ArchiveTrainingModuleDocument,
    "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    consultantId\n    moduleId\n    status\n    date\n    score\n    note\n    recordedByEmail\n    confirmedByEmail\n    confirmedAt\n    updatedAt\n  }\n": types.TrainingRecordFieldsFragmentDoc,
    "\n  query TrainingMatrix($partnerId: ID!, $productArea: String, $skip: Int, $take: Int) {\n    trainingMatrix(partnerId: $partnerId, productArea: $productArea, skip: $skip, take: $take) {\n      partnerId\n      totalConsultants\n      modules {\n        ...TrainingModuleRow\n      }\n      rows {\n        consultant {\n          ...ConsultantRow\n          certifications {\n            ...CertificationRow\n          }\n        }\n        cells {\n          moduleId\n          status\n          awaitingConfirmation\n          record {\n            ...TrainingRecordFields\n          }\n        }\n      }\n    }\n  }\n": types.TrainingMatrixDocument,
    "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      __typename\n      ... on TrainingRecord {\n        ...TrainingRecordFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.RecordTrainingDocument,
    "\n  mutation ConfirmTrainingResult($input: ConfirmTrainingResultInput!) {\n    confirmTrainingResult(input: $input) {\n      __typename\n      ... on TrainingRecord {\n        ...TrainingRecordFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ConfirmTrainingResultDocument,
    "\n  mutation CertifyConsultant($input: CertifyConsultantInput!) {\n    certifyConsultant(input: $input) {\n      __typename\n      ... on SkillCertification {\n        ...CertificationRow\n      }\n      ... on TrainingIncompleteError {\n        productArea\n        missingModules {\n          id\n          title\n          kind\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.CertifyConsultantDocument,
    "\n  mutation RevokeCertification($input: RevokeCertificationInput!) {\n    revokeCertification(input: $input) {\n      __typename\n      ... on SkillCertification {\n        ...CertificationRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.RevokeCertificationDocument,
    "\n  query ConfirmationQueue($skip: Int, $take: Int) {\n    consultants(filter: { active: true }, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        displayName\n        email\n        partner {\n          id\n          name\n        }\n        trainingRecords {\n          ...TrainingRecordFields\n          module {\n            id\n            title\n            kind\n            productArea\n            active\n          }\n        }\n      }\n    }\n  }\n": types.ConfirmationQueueDocument,
    "\n  query TrainingOverview($productArea: String) {\n    trainingOverview(productArea: $productArea) {\n      activeConsultants\n      requiredModules\n      byModule {\n        module {\n          id\n          title\n          kind\n          productArea\n          required\n        }\n        passedConsultants\n        activeConsultants\n        rate\n      }\n      byPartner {\n        partnerId\n        partner {\n          id\n          name\n        }\n        activeConsultants\n        fullyTrainedConsultants\n        passedRequired\n        rate\n      }\n    }\n  }\n": types.TrainingOverviewDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    createdAt\n    partner {\n      id\n      name\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($filter: UserFilter, $sort: UserSort, $skip: Int, $take: Int) {\n    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...UserRow\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query PartnerOptions {\n    partners(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.PartnerOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      __typename\n      ... on User {\n        id\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    audienceTiers\n    recertificationProductArea\n    certificationsMarked\n    publishedByEmail\n    publishedAt\n    acknowledgedByMe\n  }\n"): (typeof documents)["\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    audienceTiers\n    recertificationProductArea\n    certificationsMarked\n    publishedByEmail\n    publishedAt\n    acknowledgedByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadReceipt on AnnouncementAcknowledgement {\n    id\n    userEmail\n    partnerId\n    at\n  }\n"): (typeof documents)["\n  fragment ReadReceipt on AnnouncementAcknowledgement {\n    id\n    userEmail\n    partnerId\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcements($skip: Int, $take: Int) {\n    announcements(skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AnnouncementFields\n        readReceipts {\n          ...ReadReceipt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Announcements($skip: Int, $take: Int) {\n    announcements(skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AnnouncementFields\n        readReceipts {\n          ...ReadReceipt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAnnouncements($skip: Int, $take: Int) {\n    announcements(skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AnnouncementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerAnnouncements($skip: Int, $take: Int) {\n    announcements(skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AnnouncementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadAnnouncements($take: Int) {\n    announcements(take: $take) {\n      items {\n        id\n        acknowledgedByMe\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadAnnouncements($take: Int) {\n    announcements(take: $take) {\n      items {\n        id\n        acknowledgedByMe\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementFields\n      readReceipts {\n        ...ReadReceipt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementFields\n      readReceipts {\n        ...ReadReceipt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementFirms {\n    partners(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementFirms {\n    partners(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      ...AnnouncementFields\n      readReceipts {\n        ...ReadReceipt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      ...AnnouncementFields\n      readReceipts {\n        ...ReadReceipt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAnnouncement($id: ID!) {\n    acknowledgeAnnouncement(id: $id) {\n      __typename\n      ... on Announcement {\n        ...AnnouncementFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAnnouncement($id: ID!) {\n    acknowledgeAnnouncement(id: $id) {\n      __typename\n      ... on Announcement {\n        ...AnnouncementFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPartnerApplication($input: SubmitPartnerApplicationInput!) {\n    submitPartnerApplication(input: $input) {\n      __typename\n      ... on ApplicationReceived {\n        reference\n      }\n      ... on TooManyApplicationsError {\n        retryAfterSeconds\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPartnerApplication($input: SubmitPartnerApplicationInput!) {\n    submitPartnerApplication(input: $input) {\n      __typename\n      ... on ApplicationReceived {\n        reference\n      }\n      ... on TooManyApplicationsError {\n        retryAfterSeconds\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationRow on PartnerApplication {\n    id\n    reference\n    firmName\n    kind\n    contactName\n    contactEmail\n    status\n    averageScore\n    createdAt\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment ApplicationRow on PartnerApplication {\n    id\n    reference\n    firmName\n    kind\n    contactName\n    contactEmail\n    status\n    averageScore\n    createdAt\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerApplications($filter: PartnerApplicationFilter, $sort: PartnerApplicationSort, $skip: Int, $take: Int) {\n    partnerApplications(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...ApplicationRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerApplications($filter: PartnerApplicationFilter, $sort: PartnerApplicationSort, $skip: Int, $take: Int) {\n    partnerApplications(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...ApplicationRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationScorecard on PartnerApplication {\n    id\n    reference\n    status\n    averageScore\n    unscoredCriteria\n    decidedAt\n    decidedByEmail\n    decisionReason\n    createdAt\n    createdPartner {\n      id\n      name\n    }\n    scorecard {\n      criterion\n      score\n      note\n      scoredAt\n      scoredByEmail\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationScorecard on PartnerApplication {\n    id\n    reference\n    status\n    averageScore\n    unscoredCriteria\n    decidedAt\n    decidedByEmail\n    decisionReason\n    createdAt\n    createdPartner {\n      id\n      name\n    }\n    scorecard {\n      criterion\n      score\n      note\n      scoredAt\n      scoredByEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationDetail on PartnerApplication {\n    ...ApplicationScorecard\n    firmName\n    kind\n    contactName\n    contactEmail\n    contactPhone\n    headcountAtStart\n    monthlyCapacity\n    industries\n    productModules\n    regions\n    languages\n    customerSizeBands\n    expansionPlans\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ApplicationDetail on PartnerApplication {\n    ...ApplicationScorecard\n    firmName\n    kind\n    contactName\n    contactEmail\n    contactPhone\n    headcountAtStart\n    monthlyCapacity\n    industries\n    productModules\n    regions\n    languages\n    customerSizeBands\n    expansionPlans\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerApplication($id: ID!) {\n    partnerApplication(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  query PartnerApplication($id: ID!) {\n    partnerApplication(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOriginApplication($id: ID!) {\n    partner(id: $id) {\n      id\n      application {\n        ...ApplicationScorecard\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOriginApplication($id: ID!) {\n    partner(id: $id) {\n      id\n      application {\n        ...ApplicationScorecard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorePartnerApplication($input: ScorePartnerApplicationInput!) {\n    scorePartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplication {\n        ...ApplicationDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScorePartnerApplication($input: ScorePartnerApplicationInput!) {\n    scorePartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplication {\n        ...ApplicationDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {\n    approvePartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplicationApproved {\n        invitationUrl\n        partner {\n          id\n          name\n        }\n        application {\n          ...ApplicationDetail\n        }\n      }\n      ... on ApplicationNotScoredError {\n        unscoredCriteria\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {\n    approvePartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplicationApproved {\n        invitationUrl\n        partner {\n          id\n          name\n        }\n        application {\n          ...ApplicationDetail\n        }\n      }\n      ... on ApplicationNotScoredError {\n        unscoredCriteria\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPartnerApplication($input: RejectPartnerApplicationInput!) {\n    rejectPartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplication {\n        ...ApplicationDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectPartnerApplication($input: RejectPartnerApplicationInput!) {\n    rejectPartnerApplication(input: $input) {\n      __typename\n      ... on PartnerApplication {\n        ...ApplicationDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    at\n    actorId\n    actorEmail\n    actorRole\n    action\n    entityType\n    entityId\n    before\n    after\n    requestId\n  }\n"): (typeof documents)["\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    at\n    actorId\n    actorEmail\n    actorRole\n    action\n    entityType\n    entityId\n    before\n    after\n    requestId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $skip: Int, $take: Int) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AuditLogRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $skip: Int, $take: Int) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...AuditLogRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogCsv($filter: AuditLogFilter) {\n    auditLogCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query AuditLogCsv($filter: AuditLogFilter) {\n    auditLogCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    email\n    displayName\n    role\n    locale\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    email\n    displayName\n    role\n    locale\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          ...CurrentUser\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          ...CurrentUser\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapacityPlanRow on CapacityPlan {\n    id\n    month\n    productLine\n    slotsOffered\n    slotsConsumed\n    slotsFree\n    updatedAt\n    updatedByEmail\n  }\n"): (typeof documents)["\n  fragment CapacityPlanRow on CapacityPlan {\n    id\n    month\n    productLine\n    slotsOffered\n    slotsConsumed\n    slotsFree\n    updatedAt\n    updatedByEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacitySummary($partnerId: ID!, $months: Int!) {\n    partner(id: $partnerId) {\n      id\n      capacitySummary(months: $months) {\n        totalOffered\n        totalConsumed\n        totalFree\n        months {\n          month\n          offered\n          consumed\n          free\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CapacitySummary($partnerId: ID!, $months: Int!) {\n    partner(id: $partnerId) {\n      id\n      capacitySummary(months: $months) {\n        totalOffered\n        totalConsumed\n        totalFree\n        months {\n          month\n          offered\n          consumed\n          free\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityPlans($partnerId: ID!, $fromMonth: String, $months: Int) {\n    capacityPlans(partnerId: $partnerId, fromMonth: $fromMonth, months: $months) {\n      ...CapacityPlanRow\n    }\n  }\n"): (typeof documents)["\n  query CapacityPlans($partnerId: ID!, $fromMonth: String, $months: Int) {\n    capacityPlans(partnerId: $partnerId, fromMonth: $fromMonth, months: $months) {\n      ...CapacityPlanRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityOfferHistory($partnerId: ID!, $skip: Int, $take: Int) {\n    capacityOfferHistory(partnerId: $partnerId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        month\n        productLine\n        previousSlots\n        newSlots\n        changedByEmail\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query CapacityOfferHistory($partnerId: ID!, $skip: Int, $take: Int) {\n    capacityOfferHistory(partnerId: $partnerId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        month\n        productLine\n        previousSlots\n        newSlots\n        changedByEmail\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferCapacity($input: OfferCapacityInput!) {\n    offerCapacity(input: $input) {\n      __typename\n      ... on CapacityPlan {\n        ...CapacityPlanRow\n      }\n      ... on CapacityBelowConsumedError {\n        consumed\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OfferCapacity($input: OfferCapacityInput!) {\n    offerCapacity(input: $input) {\n      __typename\n      ... on CapacityPlan {\n        ...CapacityPlanRow\n      }\n      ... on CapacityBelowConsumedError {\n        consumed\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      partnerName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      partnerName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          ...CurrentUser\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        user {\n          ...CurrentUser\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRow on Partner {\n    id\n    name\n    kind\n    status\n    tier\n    regions\n    productModules\n    headcountAtStart\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PartnerRow on Partner {\n    id\n    name\n    kind\n    status\n    tier\n    regions\n    productModules\n    headcountAtStart\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners($filter: PartnerFilter, $sort: PartnerSort, $skip: Int, $take: Int) {\n    partners(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...PartnerRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Partners($filter: PartnerFilter, $sort: PartnerSort, $skip: Int, $take: Int) {\n    partners(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...PartnerRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersCsv($filter: PartnerFilter, $sort: PartnerSort) {\n    partnersCsv(filter: $filter, sort: $sort)\n  }\n"): (typeof documents)["\n  query PartnersCsv($filter: PartnerFilter, $sort: PartnerSort) {\n    partnersCsv(filter: $filter, sort: $sort)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerDetail on Partner {\n    id\n    name\n    kind\n    status\n    tier\n    headcountAtStart\n    contactName\n    contactEmail\n    contactPhone\n    website\n    description\n    industries\n    productModules\n    regions\n    languages\n    customerSizeBands\n    createdAt\n    updatedAt\n    allowedTransitions\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      reason\n      changedByEmail\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerDetail on Partner {\n    id\n    name\n    kind\n    status\n    tier\n    headcountAtStart\n    contactName\n    contactEmail\n    contactPhone\n    website\n    description\n    industries\n    productModules\n    regions\n    languages\n    customerSizeBands\n    createdAt\n    updatedAt\n    allowedTransitions\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      reason\n      changedByEmail\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partner($id: ID!) {\n    partner(id: $id) {\n      ...PartnerDetail\n    }\n  }\n"): (typeof documents)["\n  query Partner($id: ID!) {\n    partner(id: $id) {\n      ...PartnerDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePartnerStatus($input: ChangePartnerStatusInput!) {\n    changePartnerStatus(input: $input) {\n      __typename\n      ... on Partner {\n        ...PartnerDetail\n      }\n      ... on IllegalStatusTransitionError {\n        from\n        to\n        allowed\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePartnerStatus($input: ChangePartnerStatusInput!) {\n    changePartnerStatus(input: $input) {\n      __typename\n      ... on Partner {\n        ...PartnerDetail\n      }\n      ... on IllegalStatusTransitionError {\n        from\n        to\n        allowed\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(id: $id, input: $input) {\n      __typename\n      ... on Partner {\n        ...PartnerDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(id: $id, input: $input) {\n      __typename\n      ... on Partner {\n        ...PartnerDetail\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      __typename\n      ... on User {\n        id\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      __typename\n      ... on User {\n        id\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultantRow on Consultant {\n    id\n    partnerId\n    email\n    displayName\n    active\n    userId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ConsultantRow on Consultant {\n    id\n    partnerId\n    email\n    displayName\n    active\n    userId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificationRow on SkillCertification {\n    id\n    consultantId\n    productArea\n    status\n    certifiedAt\n    expiresAt\n    signedOffByEmail\n  }\n"): (typeof documents)["\n  fragment CertificationRow on SkillCertification {\n    id\n    consultantId\n    productArea\n    status\n    certifiedAt\n    expiresAt\n    signedOffByEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultants($partnerId: ID, $filter: ConsultantFilter, $skip: Int, $take: Int) {\n    consultants(partnerId: $partnerId, filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...ConsultantRow\n        certifications {\n          ...CertificationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consultants($partnerId: ID, $filter: ConsultantFilter, $skip: Int, $take: Int) {\n    consultants(partnerId: $partnerId, filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...ConsultantRow\n        certifications {\n          ...CertificationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteConsultant($input: InviteConsultantInput!) {\n    inviteConsultant(input: $input) {\n      __typename\n      ... on ConsultantInvitation {\n        acceptUrl\n        consultant {\n          ...ConsultantRow\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteConsultant($input: InviteConsultantInput!) {\n    inviteConsultant(input: $input) {\n      __typename\n      ... on ConsultantInvitation {\n        acceptUrl\n        consultant {\n          ...ConsultantRow\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateConsultant($id: ID!) {\n    deactivateConsultant(id: $id) {\n      __typename\n      ... on Consultant {\n        ...ConsultantRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateConsultant($id: ID!) {\n    deactivateConsultant(id: $id) {\n      __typename\n      ... on Consultant {\n        ...ConsultantRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateConsultant($id: ID!) {\n    reactivateConsultant(id: $id) {\n      __typename\n      ... on Consultant {\n        ...ConsultantRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateConsultant($id: ID!) {\n    reactivateConsultant(id: $id) {\n      __typename\n      ... on Consultant {\n        ...ConsultantRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingModuleRow on TrainingModule {\n    id\n    productArea\n    kind\n    title\n    description\n    passCriteria\n    required\n    sortOrder\n    active\n  }\n"): (typeof documents)["\n  fragment TrainingModuleRow on TrainingModule {\n    id\n    productArea\n    kind\n    title\n    description\n    passCriteria\n    required\n    sortOrder\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Curricula($includeArchived: Boolean) {\n    curricula(includeArchived: $includeArchived) {\n      id\n      productArea\n      name\n      description\n      active\n      modules(includeArchived: $includeArchived) {\n        ...TrainingModuleRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Curricula($includeArchived: Boolean) {\n    curricula(includeArchived: $includeArchived) {\n      id\n      productArea\n      name\n      description\n      active\n      modules(includeArchived: $includeArchived) {\n        ...TrainingModuleRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      __typename\n      ... on Curriculum {\n        id\n        productArea\n        name\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      __typename\n      ... on Curriculum {\n        id\n        productArea\n        name\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      __typename\n      ... on Curriculum {\n        id\n        productArea\n        name\n        description\n        active\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      __typename\n      ... on Curriculum {\n        id\n        productArea\n        name\n        description\n        active\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCurriculum($id: ID!) {\n    archiveCurriculum(id: $id) {\n      __typename\n      ... on Curriculum {\n        id\n        name\n        active\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCurriculum($id: ID!) {\n    archiveCurriculum(id: $id) {\n      __typename\n      ... on Curriculum {\n        id\n        name\n        active\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {\n    createTrainingModule(input: $input) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingModule($id: ID!, $input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(id: $id, input: $input) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingModule($id: ID!, $input: UpdateTrainingModuleInput!) {\n    updateTrainingModule(id: $id, input: $input) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTrainingModule($id: ID!) {\n    archiveTrainingModule(id: $id) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveTrainingModule($id: ID!) {\n    archiveTrainingModule(id: $id) {\n      __typename\n      ... on TrainingModule {\n        ...TrainingModuleRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    consultantId\n    moduleId\n    status\n    date\n    score\n    note\n    recordedByEmail\n    confirmedByEmail\n    confirmedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TrainingRecordFields on TrainingRecord {\n    id\n    consultantId\n    moduleId\n    status\n    date\n    score\n    note\n    recordedByEmail\n    confirmedByEmail\n    confirmedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingMatrix($partnerId: ID!, $productArea: String, $skip: Int, $take: Int) {\n    trainingMatrix(partnerId: $partnerId, productArea: $productArea, skip: $skip, take: $take) {\n      partnerId\n      totalConsultants\n      modules {\n        ...TrainingModuleRow\n      }\n      rows {\n        consultant {\n          ...ConsultantRow\n          certifications {\n            ...CertificationRow\n          }\n        }\n        cells {\n          moduleId\n          status\n          awaitingConfirmation\n          record {\n            ...TrainingRecordFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingMatrix($partnerId: ID!, $productArea: String, $skip: Int, $take: Int) {\n    trainingMatrix(partnerId: $partnerId, productArea: $productArea, skip: $skip, take: $take) {\n      partnerId\n      totalConsultants\n      modules {\n        ...TrainingModuleRow\n      }\n      rows {\n        consultant {\n          ...ConsultantRow\n          certifications {\n            ...CertificationRow\n          }\n        }\n        cells {\n          moduleId\n          status\n          awaitingConfirmation\n          record {\n            ...TrainingRecordFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      __typename\n      ... on TrainingRecord {\n        ...TrainingRecordFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      __typename\n      ... on TrainingRecord {\n        ...TrainingRecordFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTrainingResult($input: ConfirmTrainingResultInput!) {\n    confirmTrainingResult(input: $input) {\n      __typename\n      ... on TrainingRecord {\n        ...TrainingRecordFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTrainingResult($input: ConfirmTrainingResultInput!) {\n    confirmTrainingResult(input: $input) {\n      __typename\n      ... on TrainingRecord {\n        ...TrainingRecordFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifyConsultant($input: CertifyConsultantInput!) {\n    certifyConsultant(input: $input) {\n      __typename\n      ... on SkillCertification {\n        ...CertificationRow\n      }\n      ... on TrainingIncompleteError {\n        productArea\n        missingModules {\n          id\n          title\n          kind\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CertifyConsultant($input: CertifyConsultantInput!) {\n    certifyConsultant(input: $input) {\n      __typename\n      ... on SkillCertification {\n        ...CertificationRow\n      }\n      ... on TrainingIncompleteError {\n        productArea\n        missingModules {\n          id\n          title\n          kind\n        }\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertification($input: RevokeCertificationInput!) {\n    revokeCertification(input: $input) {\n      __typename\n      ... on SkillCertification {\n        ...CertificationRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCertification($input: RevokeCertificationInput!) {\n    revokeCertification(input: $input) {\n      __typename\n      ... on SkillCertification {\n        ...CertificationRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfirmationQueue($skip: Int, $take: Int) {\n    consultants(filter: { active: true }, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        displayName\n        email\n        partner {\n          id\n          name\n        }\n        trainingRecords {\n          ...TrainingRecordFields\n          module {\n            id\n            title\n            kind\n            productArea\n            active\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConfirmationQueue($skip: Int, $take: Int) {\n    consultants(filter: { active: true }, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        displayName\n        email\n        partner {\n          id\n          name\n        }\n        trainingRecords {\n          ...TrainingRecordFields\n          module {\n            id\n            title\n            kind\n            productArea\n            active\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingOverview($productArea: String) {\n    trainingOverview(productArea: $productArea) {\n      activeConsultants\n      requiredModules\n      byModule {\n        module {\n          id\n          title\n          kind\n          productArea\n          required\n        }\n        passedConsultants\n        activeConsultants\n        rate\n      }\n      byPartner {\n        partnerId\n        partner {\n          id\n          name\n        }\n        activeConsultants\n        fullyTrainedConsultants\n        passedRequired\n        rate\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingOverview($productArea: String) {\n    trainingOverview(productArea: $productArea) {\n      activeConsultants\n      requiredModules\n      byModule {\n        module {\n          id\n          title\n          kind\n          productArea\n          required\n        }\n        passedConsultants\n        activeConsultants\n        rate\n      }\n      byPartner {\n        partnerId\n        partner {\n          id\n          name\n        }\n        activeConsultants\n        fullyTrainedConsultants\n        passedRequired\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    createdAt\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    role\n    locale\n    active\n    createdAt\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $sort: UserSort, $skip: Int, $take: Int) {\n    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $sort: UserSort, $skip: Int, $take: Int) {\n    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {\n      totalItems\n      items {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOptions {\n    partners(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOptions {\n    partners(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      __typename\n      ... on User {\n        ...UserRow\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      __typename\n      ... on User {\n        id\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      __typename\n      ... on User {\n        id\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;

      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AcceptInvitationResult": [
      "EmailAlreadyUsedError",
      "InvitationInvalidError",
      "SignInSuccess"
    ],
    "AcknowledgeAnnouncementResult": [
      "Announcement",
      "NotFoundError"
    ],
    "AnswerSurveyResult": [
      "SurveyAnswered",
      "SurveyInvalidError"
    ],
    "ApplyAssignmentsResult": [
      "AppliedAssignments",
      "BatchItemFailedError",
      "NotFoundError"
    ],
    "ApprovePartnerApplicationResult": [
      "ApplicationAlreadyDecidedError",
      "ApplicationNotScoredError",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerApplicationApproved"
    ],
    "ArchiveArticleResult": [
      "Article",
      "ArticleStatusUnchangedError",
      "NotFoundError"
    ],
    "AssignCustomerResult": [
      "Assignment",
      "CapacityFullError",
      "ConsultantNotCertifiedError",
      "ConsultantNotInFirmError",
      "CustomerAlreadyAssignedError",
      "MonthInPastError",
      "NotFoundError",
      "PartnerNotActiveError"
    ],
    "CertifyConsultantResult": [
      "ConsultantInactiveError",
      "NotFoundError",
      "SkillCertification",
      "TrainingIncompleteError"
    ],
    "ChangePartnerStatusResult": [
      "IllegalStatusTransitionError",
      "NotFoundError",
      "Partner"
    ],
    "ChangePasswordResult": [
      "InvalidCredentialsError",
      "User"
    ],
    "CompleteActionItemResult": [
      "ActionItem",
      "ActionItemDoneError",
      "NotFoundError"
    ],
    "CompletePhaseResult": [
      "DateInFutureError",
      "NotFoundError",
      "PhaseAlreadyCompletedError",
      "PreviousPhaseOpenError",
      "ProjectClosedError",
      "ProjectPhase"
    ],
    "ConfirmTrainingResultResult": [
      "NotAwaitingConfirmationError",
      "NotFoundError",
      "TrainingRecord"
    ],
    "CreateCurriculumResult": [
      "Curriculum",
      "CurriculumAlreadyExistsError"
    ],
    "CreateUserResult": [
      "EmailAlreadyUsedError",
      "PartnerNotAllowedError",
      "PartnerRequiredError",
      "User"
    ],
    "CurriculumResult": [
      "Curriculum",
      "NotFoundError"
    ],
    "CustomerResult": [
      "CustomerAccount",
      "ExternalIdTakenError",
      "NotFoundError"
    ],
    "DecideTierReviewResult": [
      "DateInFutureError",
      "NotFoundError",
      "TierReview",
      "TierReviewFinalizedError"
    ],
    "EndAssignmentResult": [
      "Assignment",
      "AssignmentNotActiveError",
      "NotFoundError"
    ],
    "ErrorResult": [
      "ActionItemDoneError",
      "ApplicationAlreadyDecidedError",
      "ApplicationNotScoredError",
      "ArticleIncompleteError",
      "ArticleStatusUnchangedError",
      "AssignmentAlreadyAcceptedError",
      "AssignmentNotActiveError",
      "BatchItemFailedError",
      "CannotChangeOwnRoleError",
      "CannotDeactivateSelfError",
      "CapacityBelowConsumedError",
      "CapacityFullError",
      "ConsultantAlreadyExistsError",
      "ConsultantInactiveError",
      "ConsultantNotCertifiedError",
      "ConsultantNotInFirmError",
      "CurriculumAlreadyExistsError",
      "CustomerAlreadyAssignedError",
      "CustomerImportInvalidError",
      "DateInFutureError",
      "DeclineWindowClosedError",
      "EffectiveDateInPastError",
      "EmailAlreadyUsedError",
      "EscalationDraftClosedError",
      "EscalationResolvedError",
      "ExternalIdTakenError",
      "IllegalStatusTransitionError",
      "IntegrationKeyRevokedError",
      "InvalidCredentialsError",
      "InvitationInvalidError",
      "IssueAlreadyResolvedError",
      "MonthInPastError",
      "NoActivePartnersError",
      "NotAwaitingConfirmationError",
      "NotFoundError",
      "PartnerNotActiveError",
      "PartnerNotAllowedError",
      "PartnerRequiredError",
      "PhaseAlreadyCompletedError",
      "PhaseNotCompletedError",
      "PreviousPhaseOpenError",
      "ProjectClosedError",
      "SurveyInvalidError",
      "TierReviewFinalizedError",
      "TooManyApplicationsError",
      "TooManyAttemptsError",
      "TrainingConfirmationRequiredError",
      "TrainingIncompleteError",
      "TrainingResultConfirmedError",
      "UsageImportInvalidError",
      "UsageReportInvalidError"
    ],
    "EscalationDraftResult": [
      "EscalationDraft",
      "EscalationDraftClosedError",
      "NotFoundError"
    ],
    "EscalationResult": [
      "Escalation",
      "EscalationResolvedError",
      "NotFoundError"
    ],
    "ImportCustomersResult": [
      "CustomerImportInvalidError",
      "CustomerImportSummary"
    ],
    "ImportUsageResult": [
      "UsageImportInvalidError",
      "UsageWriteSummary"
    ],
    "InviteConsultantResult": [
      "ConsultantAlreadyExistsError",
      "ConsultantInvitation",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerRequiredError"
    ],
    "LogWorkResult": [
      "DateInFutureError",
      "NotFoundError",
      "ProjectClosedError",
      "WorkLog"
    ],
    "OfferCapacityResult": [
      "CapacityBelowConsumedError",
      "CapacityPlan",
      "MonthInPastError",
      "NotFoundError"
    ],
    "OpenProjectIssueResult": [
      "NotFoundError",
      "ProjectClosedError",
      "ProjectIssue"
    ],
    "OpenReviewCycleResult": [
      "NoActivePartnersError",
      "ReviewCycle"
    ],
    "OpenTierReviewResult": [
      "NotFoundError",
      "TierReview"
    ],
    "ProjectResult": [
      "NotFoundError",
      "OnboardingProject",
      "ProjectClosedError"
    ],
    "PublishArticleResult": [
      "Article",
      "ArticleIncompleteError",
      "ArticleStatusUnchangedError",
      "NotFoundError"
    ],
    "PublishTierDefinitionsResult": [
      "EffectiveDateInPastError",
      "TierDefinitionSet"
    ],
    "RaiseEscalationResult": [
      "Escalation",
      "NotFoundError",
      "ProjectClosedError"
    ],
    "ReassignResult": [
      "Assignment",
      "AssignmentNotActiveError",
      "CapacityFullError",
      "ConsultantNotCertifiedError",
      "ConsultantNotInFirmError",
      "CustomerAlreadyAssignedError",
      "MonthInPastError",
      "NotFoundError",
      "PartnerNotActiveError"
    ],
    "RecordMeetingResult": [
      "Meeting",
      "NotFoundError"
    ],
    "RecordTrainingResult": [
      "ConsultantInactiveError",
      "NotFoundError",
      "TrainingConfirmationRequiredError",
      "TrainingRecord",
      "TrainingResultConfirmedError"
    ],
    "RejectPartnerApplicationResult": [
      "ApplicationAlreadyDecidedError",
      "NotFoundError",
      "PartnerApplication"
    ],
    "ReopenPhaseResult": [
      "NotFoundError",
      "PhaseNotCompletedError",
      "ProjectClosedError",
      "ProjectPhase"
    ],
    "ReportUsageResult": [
      "UsageReportInvalidError",
      "UsageWriteSummary"
    ],
    "ResetUserPasswordResult": [
      "NotFoundError",
      "User"
    ],
    "ResolveProjectIssueResult": [
      "IssueAlreadyResolvedError",
      "NotFoundError",
      "ProjectIssue"
    ],
    "RespondToAssignmentResult": [
      "Assignment",
      "AssignmentAlreadyAcceptedError",
      "AssignmentNotActiveError",
      "DeclineWindowClosedError",
      "NotFoundError"
    ],
    "RevokeCertificationResult": [
      "NotFoundError",
      "SkillCertification"
    ],
    "RevokeIntegrationKeyResult": [
      "IntegrationKey",
      "IntegrationKeyRevokedError",
      "NotFoundError"
    ],
    "ScorePartnerApplicationResult": [
      "ApplicationAlreadyDecidedError",
      "NotFoundError",
      "PartnerApplication"
    ],
    "SetConsultantActiveResult": [
      "CannotDeactivateSelfError",
      "Consultant",
      "NotFoundError"
    ],
    "SetUserActiveResult": [
      "CannotDeactivateSelfError",
      "NotFoundError",
      "User"
    ],
    "SignInResult": [
      "InvalidCredentialsError",
      "SignInSuccess",
      "TooManyAttemptsError"
    ],
    "StartEscalationDraftResult": [
      "EscalationDraft",
      "NotFoundError"
    ],
    "SubmitPartnerApplicationResult": [
      "ApplicationReceived",
      "TooManyApplicationsError"
    ],
    "TrainingModuleResult": [
      "NotFoundError",
      "TrainingModule"
    ],
    "UpdateArticleResult": [
      "Article",
      "ArticleIncompleteError",
      "NotFoundError"
    ],
    "UpdatePartnerProfileResult": [
      "NotFoundError",
      "Partner"
    ],
    "UpdateUserResult": [
      "CannotChangeOwnRoleError",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerNotAllowedError",
      "PartnerRequiredError",
      "User"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AcceptInvitationResult": [
      "EmailAlreadyUsedError",
      "InvitationInvalidError",
      "SignInSuccess"
    ],
    "AcknowledgeAnnouncementResult": [
      "Announcement",
      "NotFoundError"
    ],
    "AnswerSurveyResult": [
      "SurveyAnswered",
      "SurveyInvalidError"
    ],
    "ApplyAssignmentsResult": [
      "AppliedAssignments",
      "BatchItemFailedError",
      "NotFoundError"
    ],
    "ApprovePartnerApplicationResult": [
      "ApplicationAlreadyDecidedError",
      "ApplicationNotScoredError",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerApplicationApproved"
    ],
    "ArchiveArticleResult": [
      "Article",
      "ArticleStatusUnchangedError",
      "NotFoundError"
    ],
    "AssignCustomerResult": [
      "Assignment",
      "CapacityFullError",
      "ConsultantNotCertifiedError",
      "ConsultantNotInFirmError",
      "CustomerAlreadyAssignedError",
      "MonthInPastError",
      "NotFoundError",
      "PartnerNotActiveError"
    ],
    "CertifyConsultantResult": [
      "ConsultantInactiveError",
      "NotFoundError",
      "SkillCertification",
      "TrainingIncompleteError"
    ],
    "ChangePartnerStatusResult": [
      "IllegalStatusTransitionError",
      "NotFoundError",
      "Partner"
    ],
    "ChangePasswordResult": [
      "InvalidCredentialsError",
      "User"
    ],
    "CompleteActionItemResult": [
      "ActionItem",
      "ActionItemDoneError",
      "NotFoundError"
    ],
    "CompletePhaseResult": [
      "DateInFutureError",
      "NotFoundError",
      "PhaseAlreadyCompletedError",
      "PreviousPhaseOpenError",
      "ProjectClosedError",
      "ProjectPhase"
    ],
    "ConfirmTrainingResultResult": [
      "NotAwaitingConfirmationError",
      "NotFoundError",
      "TrainingRecord"
    ],
    "CreateCurriculumResult": [
      "Curriculum",
      "CurriculumAlreadyExistsError"
    ],
    "CreateUserResult": [
      "EmailAlreadyUsedError",
      "PartnerNotAllowedError",
      "PartnerRequiredError",
      "User"
    ],
    "CurriculumResult": [
      "Curriculum",
      "NotFoundError"
    ],
    "CustomerResult": [
      "CustomerAccount",
      "ExternalIdTakenError",
      "NotFoundError"
    ],
    "DecideTierReviewResult": [
      "DateInFutureError",
      "NotFoundError",
      "TierReview",
      "TierReviewFinalizedError"
    ],
    "EndAssignmentResult": [
      "Assignment",
      "AssignmentNotActiveError",
      "NotFoundError"
    ],
    "ErrorResult": [
      "ActionItemDoneError",
      "ApplicationAlreadyDecidedError",
      "ApplicationNotScoredError",
      "ArticleIncompleteError",
      "ArticleStatusUnchangedError",
      "AssignmentAlreadyAcceptedError",
      "AssignmentNotActiveError",
      "BatchItemFailedError",
      "CannotChangeOwnRoleError",
      "CannotDeactivateSelfError",
      "CapacityBelowConsumedError",
      "CapacityFullError",
      "ConsultantAlreadyExistsError",
      "ConsultantInactiveError",
      "ConsultantNotCertifiedError",
      "ConsultantNotInFirmError",
      "CurriculumAlreadyExistsError",
      "CustomerAlreadyAssignedError",
      "CustomerImportInvalidError",
      "DateInFutureError",
      "DeclineWindowClosedError",
      "EffectiveDateInPastError",
      "EmailAlreadyUsedError",
      "EscalationDraftClosedError",
      "EscalationResolvedError",
      "ExternalIdTakenError",
      "IllegalStatusTransitionError",
      "IntegrationKeyRevokedError",
      "InvalidCredentialsError",
      "InvitationInvalidError",
      "IssueAlreadyResolvedError",
      "MonthInPastError",
      "NoActivePartnersError",
      "NotAwaitingConfirmationError",
      "NotFoundError",
      "PartnerNotActiveError",
      "PartnerNotAllowedError",
      "PartnerRequiredError",
      "PhaseAlreadyCompletedError",
      "PhaseNotCompletedError",
      "PreviousPhaseOpenError",
      "ProjectClosedError",
      "SurveyInvalidError",
      "TierReviewFinalizedError",
      "TooManyApplicationsError",
      "TooManyAttemptsError",
      "TrainingConfirmationRequiredError",
      "TrainingIncompleteError",
      "TrainingResultConfirmedError",
      "UsageImportInvalidError",
      "UsageReportInvalidError"
    ],
    "EscalationDraftResult": [
      "EscalationDraft",
      "EscalationDraftClosedError",
      "NotFoundError"
    ],
    "EscalationResult": [
      "Escalation",
      "EscalationResolvedError",
      "NotFoundError"
    ],
    "ImportCustomersResult": [
      "CustomerImportInvalidError",
      "CustomerImportSummary"
    ],
    "ImportUsageResult": [
      "UsageImportInvalidError",
      "UsageWriteSummary"
    ],
    "InviteConsultantResult": [
      "ConsultantAlreadyExistsError",
      "ConsultantInvitation",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerRequiredError"
    ],
    "LogWorkResult": [
      "DateInFutureError",
      "NotFoundError",
      "ProjectClosedError",
      "WorkLog"
    ],
    "OfferCapacityResult": [
      "CapacityBelowConsumedError",
      "CapacityPlan",
      "MonthInPastError",
      "NotFoundError"
    ],
    "OpenProjectIssueResult": [
      "NotFoundError",
      "ProjectClosedError",
      "ProjectIssue"
    ],
    "OpenReviewCycleResult": [
      "NoActivePartnersError",
      "ReviewCycle"
    ],
    "OpenTierReviewResult": [
      "NotFoundError",
      "TierReview"
    ],
    "ProjectResult": [
      "NotFoundError",
      "OnboardingProject",
      "ProjectClosedError"
    ],
    "PublishArticleResult": [
      "Article",
      "ArticleIncompleteError",
      "ArticleStatusUnchangedError",
      "NotFoundError"
    ],
    "PublishTierDefinitionsResult": [
      "EffectiveDateInPastError",
      "TierDefinitionSet"
    ],
    "RaiseEscalationResult": [
      "Escalation",
      "NotFoundError",
      "ProjectClosedError"
    ],
    "ReassignResult": [
      "Assignment",
      "AssignmentNotActiveError",
      "CapacityFullError",
      "ConsultantNotCertifiedError",
      "ConsultantNotInFirmError",
      "CustomerAlreadyAssignedError",
      "MonthInPastError",
      "NotFoundError",
      "PartnerNotActiveError"
    ],
    "RecordMeetingResult": [
      "Meeting",
      "NotFoundError"
    ],
    "RecordTrainingResult": [
      "ConsultantInactiveError",
      "NotFoundError",
      "TrainingConfirmationRequiredError",
      "TrainingRecord",
      "TrainingResultConfirmedError"
    ],
    "RejectPartnerApplicationResult": [
      "ApplicationAlreadyDecidedError",
      "NotFoundError",
      "PartnerApplication"
    ],
    "ReopenPhaseResult": [
      "NotFoundError",
      "PhaseNotCompletedError",
      "ProjectClosedError",
      "ProjectPhase"
    ],
    "ReportUsageResult": [
      "UsageReportInvalidError",
      "UsageWriteSummary"
    ],
    "ResetUserPasswordResult": [
      "NotFoundError",
      "User"
    ],
    "ResolveProjectIssueResult": [
      "IssueAlreadyResolvedError",
      "NotFoundError",
      "ProjectIssue"
    ],
    "RespondToAssignmentResult": [
      "Assignment",
      "AssignmentAlreadyAcceptedError",
      "AssignmentNotActiveError",
      "DeclineWindowClosedError",
      "NotFoundError"
    ],
    "RevokeCertificationResult": [
      "NotFoundError",
      "SkillCertification"
    ],
    "RevokeIntegrationKeyResult": [
      "IntegrationKey",
      "IntegrationKeyRevokedError",
      "NotFoundError"
    ],
    "ScorePartnerApplicationResult": [
      "ApplicationAlreadyDecidedError",
      "NotFoundError",
      "PartnerApplication"
    ],
    "SetConsultantActiveResult": [
      "CannotDeactivateSelfError",
      "Consultant",
      "NotFoundError"
    ],
    "SetUserActiveResult": [
      "CannotDeactivateSelfError",
      "NotFoundError",
      "User"
    ],
    "SignInResult": [
      "InvalidCredentialsError",
      "SignInSuccess",
      "TooManyAttemptsError"
    ],
    "StartEscalationDraftResult": [
      "EscalationDraft",
      "NotFoundError"
    ],
    "SubmitPartnerApplicationResult": [
      "ApplicationReceived",
      "TooManyApplicationsError"
    ],
    "TrainingModuleResult": [
      "NotFoundError",
      "TrainingModule"
    ],
    "UpdateArticleResult": [
      "Article",
      "ArticleIncompleteError",
      "NotFoundError"
    ],
    "UpdatePartnerProfileResult": [
      "NotFoundError",
      "Partner"
    ],
    "UpdateUserResult": [
      "CannotChangeOwnRoleError",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerNotAllowedError",
      "PartnerRequiredError",
      "User"
    ]
  }
};
      export default result;
    
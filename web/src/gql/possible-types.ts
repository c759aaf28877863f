
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
    "ApprovePartnerApplicationResult": [
      "ApplicationAlreadyDecidedError",
      "ApplicationNotScoredError",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerApplicationApproved"
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
    "ErrorResult": [
      "ApplicationAlreadyDecidedError",
      "ApplicationNotScoredError",
      "CannotChangeOwnRoleError",
      "CannotDeactivateSelfError",
      "CapacityBelowConsumedError",
      "ConsultantAlreadyExistsError",
      "ConsultantInactiveError",
      "CurriculumAlreadyExistsError",
      "EmailAlreadyUsedError",
      "IllegalStatusTransitionError",
      "InvalidCredentialsError",
      "InvitationInvalidError",
      "MonthInPastError",
      "NotAwaitingConfirmationError",
      "NotFoundError",
      "PartnerNotAllowedError",
      "PartnerRequiredError",
      "TooManyApplicationsError",
      "TooManyAttemptsError",
      "TrainingConfirmationRequiredError",
      "TrainingIncompleteError",
      "TrainingResultConfirmedError"
    ],
    "InviteConsultantResult": [
      "ConsultantAlreadyExistsError",
      "ConsultantInvitation",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerRequiredError"
    ],
    "OfferCapacityResult": [
      "CapacityBelowConsumedError",
      "CapacityPlan",
      "MonthInPastError",
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
    "ResetUserPasswordResult": [
      "NotFoundError",
      "User"
    ],
    "RevokeCertificationResult": [
      "NotFoundError",
      "SkillCertification"
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
    "SubmitPartnerApplicationResult": [
      "ApplicationReceived",
      "TooManyApplicationsError"
    ],
    "TrainingModuleResult": [
      "NotFoundError",
      "TrainingModule"
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
    "ApprovePartnerApplicationResult": [
      "ApplicationAlreadyDecidedError",
      "ApplicationNotScoredError",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerApplicationApproved"
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
    "ErrorResult": [
      "ApplicationAlreadyDecidedError",
      "ApplicationNotScoredError",
      "CannotChangeOwnRoleError",
      "CannotDeactivateSelfError",
      "CapacityBelowConsumedError",
      "ConsultantAlreadyExistsError",
      "ConsultantInactiveError",
      "CurriculumAlreadyExistsError",
      "EmailAlreadyUsedError",
      "IllegalStatusTransitionError",
      "InvalidCredentialsError",
      "InvitationInvalidError",
      "MonthInPastError",
      "NotAwaitingConfirmationError",
      "NotFoundError",
      "PartnerNotAllowedError",
      "PartnerRequiredError",
      "TooManyApplicationsError",
      "TooManyAttemptsError",
      "TrainingConfirmationRequiredError",
      "TrainingIncompleteError",
      "TrainingResultConfirmedError"
    ],
    "InviteConsultantResult": [
      "ConsultantAlreadyExistsError",
      "ConsultantInvitation",
      "EmailAlreadyUsedError",
      "NotFoundError",
      "PartnerRequiredError"
    ],
    "OfferCapacityResult": [
      "CapacityBelowConsumedError",
      "CapacityPlan",
      "MonthInPastError",
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
    "ResetUserPasswordResult": [
      "NotFoundError",
      "User"
    ],
    "RevokeCertificationResult": [
      "NotFoundError",
      "SkillCertification"
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
    "SubmitPartnerApplicationResult": [
      "ApplicationReceived",
      "TooManyApplicationsError"
    ],
    "TrainingModuleResult": [
      "NotFoundError",
      "TrainingModule"
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
    
import { Escalation, EscalationMessage } from '../onboarding/escalation.entity';
import { ActionItem, Meeting } from '../meetings/meeting.entity';
import { Article } from '../knowledge/article.entity';
import { EscalationDraft } from '../knowledge/escalation-draft.entity';
import { OnboardingProject } from '../onboarding/onboarding-project.entity';
import { ActivationSettings } from '../usage/activation-settings.entity';
import { IntegrationKey } from '../usage/integration-key.entity';
import { UsageSnapshot } from '../usage/usage-snapshot.entity';
import { Survey } from '../onboarding/survey.entity';
import { OnboardingTemplate, TemplatePhase } from '../onboarding/onboarding-template.entity';
import { ProjectPhase } from '../onboarding/project-phase.entity';
import { ProjectEvent, ProjectIssue, WorkLog } from '../onboarding/project-record.entity';
import { Assignment } from '../assignments/assignment.entity';
import { AssignmentBatch } from '../assignments/assignment-batch.entity';
import { AssignmentSettings } from '../assignments/assignment-settings.entity';
import { CustomerAccount } from '../customers/customer-account.entity';
import type { DataSourceOptions } from 'typeorm';
import { AnnouncementAcknowledgement } from '../announcements/announcement-acknowledgement.entity';
import { Announcement } from '../announcements/announcement.entity';
import { ApplicationScore } from '../applications/application-score.entity';
import { PartnerApplication } from '../applications/partner-application.entity';
import { AuditLogEntry } from '../audit/audit-log-entry.entity';
import { CapacityOfferChange } from '../capacity/capacity-offer-change.entity';
import { CapacityPlan } from '../capacity/capacity-plan.entity';
import { Invitation } from '../identity/invitation.entity';
import { Session } from '../identity/session.entity';
import { SignInAttempt } from '../identity/sign-in-attempt.entity';
import { User } from '../identity/user.entity';
import { Partner } from '../partners/partner.entity';
import { PartnerStatusChange } from '../partners/partner-status-change.entity';
import { Consultant } from '../training/consultant.entity';
import { Curriculum } from '../training/curriculum.entity';
import { SkillCertification } from '../training/skill-certification.entity';
import { TrainingModule } from '../training/training-module.entity';
import { TrainingRecord } from '../training/training-record.entity';
import { TierDefinition, TierDefinitionSet } from '../tiers/tier-definition.entity';
import { PartnerTierChange, ReviewCycle, TierReview } from '../tiers/tier-review.entity';
import { StatementSettings } from '../statements/statement-settings.entity';
import { KpiRollupMonth, KpiRollupRisk, KpiRollupState } from '../kpi/rollup/kpi-rollup.entity';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const ENTITIES = [
  Partner,
  PartnerStatusChange,
  User,
  Session,
  SignInAttempt,
  Invitation,
  AuditLogEntry,
  PartnerApplication,
  ApplicationScore,
  Consultant,
  Curriculum,
  TrainingModule,
  TrainingRecord,
  SkillCertification,
  Announcement,
  AnnouncementAcknowledgement,
  CapacityPlan,
  CapacityOfferChange,
  CustomerAccount,
  Assignment,
  AssignmentSettings,
  AssignmentBatch,
  OnboardingTemplate,
  TemplatePhase,
  OnboardingProject,
  ProjectPhase,
  WorkLog,
  ProjectIssue,
  ProjectEvent,
  Escalation,
  EscalationMessage,
  Survey,
  Meeting,
  ActionItem,
  UsageSnapshot,
  ActivationSettings,
  IntegrationKey,
  Article,
  EscalationDraft,
  TierDefinitionSet,
  TierDefinition,
  ReviewCycle,
  TierReview,
  StatementSettings,
  PartnerTierChange,
  KpiRollupMonth,
  KpiRollupRisk,
  KpiRollupState,
];

/** One definition for the app, the scripts and the tests. Never `synchronize`: migrations only. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    // Every where() is parenthesized, so an OR inside an andWhere can never widen a scoped query.
    isolateWhereStatements: true,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // A starved pool fails a request after 10 s (BATON_DB_CONNECT_TIMEOUT_MS) instead of hanging it.
    extra: {
      max: Number(process.env.BATON_DB_POOL ?? 10),
      connectionTimeoutMillis: Number(process.env.BATON_DB_CONNECT_TIMEOUT_MS ?? 10_000),
    },
  };
}

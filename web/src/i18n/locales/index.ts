import en from './en.json';
import ja from './ja.json';
import enApplications from './en/applications.json';
import jaApplications from './ja/applications.json';
import enTraining from './en/training.json';
import jaTraining from './ja/training.json';
import enAnnouncements from './en/announcements.json';
import jaAnnouncements from './ja/announcements.json';
import enCapacity from './en/capacity.json';
import jaCapacity from './ja/capacity.json';
import enCustomers from './en/customers.json';
import jaCustomers from './ja/customers.json';
import enAssignments from './en/assignments.json';
import jaAssignments from './ja/assignments.json';
import enOnboarding from './en/onboarding.json';
import jaOnboarding from './ja/onboarding.json';
import enProjectBoard from './en/projectBoard.json';
import enEscalations from './en/escalations.json';
import enSurveys from './en/surveys.json';
import enMeetings from './en/meetings.json';
import jaMeetings from './ja/meetings.json';
import enUsage from './en/usage.json';
import jaUsage from './ja/usage.json';
import enKpi from './en/kpi.json';
import jaKpi from './ja/kpi.json';
import enStatements from './en/statements.json';
import jaStatements from './ja/statements.json';
import jaSurveys from './ja/surveys.json';
import jaEscalations from './ja/escalations.json';
import jaProjectBoard from './ja/projectBoard.json';
import enKnowledge from './en/knowledge.json';
import enTiers from './en/tiers.json';
import jaTiers from './ja/tiers.json';
import jaKnowledge from './ja/knowledge.json';
import enTierAdmin from './en/tierAdmin.json';
import jaTierAdmin from './ja/tierAdmin.json';

/**
 * Every UI text by language. Shared texts live in `<lang>.json`; a feature may keep its own in
 * `<lang>/<feature>.json` under one top-level key of its own, imported and spread here.
 */
export const MESSAGES = {
  en: {
    ...en,
    ...enApplications,
    ...enTraining,
    ...enAnnouncements,
    ...enCapacity,
    ...enCustomers,
    ...enAssignments,
    ...enOnboarding,
    ...enProjectBoard,
    ...enEscalations,
    ...enSurveys,
    ...enMeetings,
    ...enKnowledge,
    ...enTiers,
    ...enUsage,
    ...enKpi,
    ...enTierAdmin,
    ...enStatements,
  },
  ja: {
    ...ja,
    ...jaApplications,
    ...jaTraining,
    ...jaAnnouncements,
    ...jaCapacity,
    ...jaCustomers,
    ...jaAssignments,
    ...jaOnboarding,
    ...jaProjectBoard,
    ...jaEscalations,
    ...jaSurveys,
    ...jaMeetings,
    ...jaKnowledge,
    ...jaTiers,
    ...jaUsage,
    ...jaKpi,
    ...jaTierAdmin,
    ...jaStatements,
  },
};

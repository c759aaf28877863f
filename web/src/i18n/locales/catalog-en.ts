import en from './en.json';
import enApplications from './en/applications.json';
import enTraining from './en/training.json';
import enAnnouncements from './en/announcements.json';
import enCapacity from './en/capacity.json';
import enCustomers from './en/customers.json';
import enAssignments from './en/assignments.json';
import enOnboarding from './en/onboarding.json';
import enProjectBoard from './en/projectBoard.json';
import enEscalations from './en/escalations.json';
import enSurveys from './en/surveys.json';
import enMeetings from './en/meetings.json';
import enKnowledge from './en/knowledge.json';
import enTiers from './en/tiers.json';
import enUsage from './en/usage.json';
import enKpi from './en/kpi.json';
import enTierAdmin from './en/tierAdmin.json';
import enStatements from './en/statements.json';

/** Every UI text in English: shared texts (`en.json`) and each feature's own (`en/<feature>.json`). */
export default {
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
};

import ja from './ja.json';
import jaApplications from './ja/applications.json';
import jaTraining from './ja/training.json';
import jaAnnouncements from './ja/announcements.json';
import jaCapacity from './ja/capacity.json';
import jaCustomers from './ja/customers.json';
import jaAssignments from './ja/assignments.json';
import jaOnboarding from './ja/onboarding.json';
import jaProjectBoard from './ja/projectBoard.json';
import jaEscalations from './ja/escalations.json';
import jaSurveys from './ja/surveys.json';
import jaMeetings from './ja/meetings.json';
import jaKnowledge from './ja/knowledge.json';
import jaTiers from './ja/tiers.json';
import jaUsage from './ja/usage.json';
import jaKpi from './ja/kpi.json';
import jaTierAdmin from './ja/tierAdmin.json';
import jaStatements from './ja/statements.json';

/** Every UI text in Japanese: shared texts (`ja.json`) and each feature's own (`ja/<feature>.json`). */
export default {
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
};

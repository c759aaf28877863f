import { Foundation1795412885687 } from './1795412885687-Foundation';
import { PartnerDirectory1795415410027 } from './1795415410027-PartnerDirectory';
import { Invitations1795415758525 } from './1795415758525-Invitations';
import { PartnerApplications1795416001888 } from './1795416001888-PartnerApplications';
import { Training1795416091924 } from './1795416091924-Training';
import { Announcements1795416669791 } from './1795416669791-Announcements';
import { ConsultantAccountMarker1795418894710 } from './1795418894710-ConsultantAccountMarker';
import { CapacityPlans1795419048314 } from './1795419048314-CapacityPlans';
import { CustomersAndAssignments1795421936454 } from './1795421936454-CustomersAndAssignments';
import { OnboardingProjects1795424586747 } from './1795424586747-OnboardingProjects';
import { Escalations1795425131216 } from './1795425131216-Escalations';
import { Surveys1795425506204 } from './1795425506204-Surveys';
import { Meetings1795425875986 } from './1795425875986-Meetings';
import { Knowledge1795436309999 } from './1795436309999-Knowledge';
import { UsageAndActivation1795436413489 } from './1795436413489-UsageAndActivation';
import { TierReviews1795440317307 } from './1795440317307-TierReviews';
import { StatementSettings1795451541310 } from './1795451541310-StatementSettings';
import { AuditHashChain1795453739550 } from './1795453739550-AuditHashChain';
import { RowLevelSecurity1795460000000 } from './1795460000000-RowLevelSecurity';
import { KpiRollups1795473260686 } from './1795473260686-KpiRollups';
import { FirmScorecardIndexes1795474328656 } from './1795474328656-FirmScorecardIndexes';
import { ListOrderIndexes1795474755303 } from './1795474755303-ListOrderIndexes';
import { ListQueryPlanIndexes1795484097128 } from './1795484097128-ListQueryPlanIndexes';

/** Every migration, oldest first. `npm run migration:generate -- <Name>` writes the next one. */
export const MIGRATIONS = [
  Foundation1795412885687,
  PartnerDirectory1795415410027,
  Invitations1795415758525,
  PartnerApplications1795416001888,
  Training1795416091924,
  Announcements1795416669791,
  ConsultantAccountMarker1795418894710,
  CapacityPlans1795419048314,
  CustomersAndAssignments1795421936454,
  OnboardingProjects1795424586747,
  Escalations1795425131216,
  Surveys1795425506204,
  Meetings1795425875986,
  Knowledge1795436309999,
  UsageAndActivation1795436413489,
  TierReviews1795440317307,
  StatementSettings1795451541310,
  AuditHashChain1795453739550,
  RowLevelSecurity1795460000000,
  KpiRollups1795473260686,
  FirmScorecardIndexes1795474328656,
  ListOrderIndexes1795474755303,
  ListQueryPlanIndexes1795484097128,
];

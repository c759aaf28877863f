import { Module } from '@nestjs/common';
import { CapacityModule } from '../capacity/capacity.module';
import { CustomersModule } from '../customers/customers.module';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { PartnersModule } from '../partners/partners.module';
import { TrainingContextModule } from '../training/training.module';
import { AssignmentLifecycleService } from './assignment-lifecycle.service';
import { AssignmentSettingsService } from './assignment-settings.service';
import { AssignmentsResolver, CustomerAssignmentsResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';
import { AutoAssignmentService } from './auto-assignment.service';
import { CandidatesService } from './candidates.service';
import { MatchingResolver } from './matching.resolver';

@Module({
  imports: [CustomersModule, PartnersModule, CapacityModule, TrainingContextModule, OnboardingModule],
  providers: [
    AssignmentsService,
    AssignmentLifecycleService,
    AssignmentSettingsService,
    CandidatesService,
    AutoAssignmentService,
    AssignmentsResolver,
    CustomerAssignmentsResolver,
    MatchingResolver,
  ],
  exports: [AssignmentsService],
})
export class AssignmentsModule {}

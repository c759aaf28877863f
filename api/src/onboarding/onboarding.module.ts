import { forwardRef, Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { KnowledgeModule } from '../knowledge/knowledge.module';
import { PartnersModule } from '../partners/partners.module';
import { TrainingContextModule } from '../training/training.module';
import { EscalationsResolver, ProjectEscalationsResolver } from './escalations.resolver';
import { EscalationsService } from './escalations.service';
import { ProjectSurveysResolver, SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';
import { OnboardingProjectsResolver, OnboardingTemplatesResolver } from './onboarding.resolver';
import { ProjectProgressService } from './project-progress.service';
import { ProjectsService } from './projects.service';
import { TemplatesService } from './templates.service';

@Module({
  imports: [CustomersModule, PartnersModule, TrainingContextModule, forwardRef(() => KnowledgeModule)],
  providers: [
    TemplatesService,
    ProjectsService,
    ProjectProgressService,
    EscalationsService,
    SurveysService,
    SurveysResolver,
    ProjectSurveysResolver,
    EscalationsResolver,
    ProjectEscalationsResolver,
    OnboardingProjectsResolver,
    OnboardingTemplatesResolver,
  ],
  exports: [ProjectsService],
})
export class OnboardingModule {}

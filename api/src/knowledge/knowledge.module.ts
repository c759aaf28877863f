import { forwardRef, Module } from '@nestjs/common';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { ArticlesService } from './articles.service';
import { EscalationDraftsService } from './escalation-drafts.service';
import { KnowledgeResolver } from './knowledge.resolver';

/**
 * The knowledge base and the raise form's funnel. Onboarding raises escalations through
 * `EscalationDraftsService.markRaised`, and drafts check their project through onboarding's
 * `ProjectsService`: the two modules import each other (forwardRef), their services do not.
 */
@Module({
  imports: [forwardRef(() => OnboardingModule)],
  providers: [ArticlesService, EscalationDraftsService, KnowledgeResolver],
  exports: [ArticlesService, EscalationDraftsService],
})
export class KnowledgeModule {}

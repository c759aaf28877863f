import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { currentPhase, Role } from '@baton/shared';
import { Allow, ANY_ROLE, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import { CustomerAccount } from '../customers/customer-account.entity';
import { CustomersService } from '../customers/customers.service';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { Consultant } from '../training/consultant.entity';
import { ConsultantsService } from '../training/consultants.service';
import {
  ChurnProjectInput,
  CompletePhaseInput,
  LogWorkInput,
  OpenProjectIssueInput,
  ProjectListArgs,
  ReopenPhaseInput,
  ResolveProjectIssueInput,
  UpdateOnboardingTemplateInput,
  UpdateProjectTeamInput,
} from './dto/project.inputs';
import { OnboardingProject } from './onboarding-project.entity';
import { OnboardingTemplate, TemplatePhase } from './onboarding-template.entity';
import {
  DateInFutureError,
  IssueAlreadyResolvedError,
  PhaseAlreadyCompletedError,
  PhaseNotCompletedError,
  PreviousPhaseOpenError,
  ProjectClosedError,
} from './onboarding.errors';
import { ProjectHealthEnum } from './project-health.sql';
import { ProjectPhase } from './project-phase.entity';
import { ProjectEvent, ProjectIssue, WorkLog } from './project-record.entity';
import { ProjectProgressService } from './project-progress.service';
import { ProjectsService } from './projects.service';
import { TemplatesService } from './templates.service';

@ObjectType()
class OnboardingProjectList extends Paginated(OnboardingProject, 'OnboardingProject') {}

const PARTNER_USERS = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];
const CompletePhaseResult = resultUnion(
  'CompletePhaseResult',
  () =>
    [
      ProjectPhase,
      NotFoundError,
      ProjectClosedError,
      PhaseAlreadyCompletedError,
      PreviousPhaseOpenError,
      DateInFutureError,
    ] as const,
);
const ReopenPhaseResult = resultUnion(
  'ReopenPhaseResult',
  () => [ProjectPhase, NotFoundError, ProjectClosedError, PhaseNotCompletedError] as const,
);
const LogWorkResult = resultUnion(
  'LogWorkResult',
  () => [WorkLog, NotFoundError, ProjectClosedError, DateInFutureError] as const,
);
const OpenProjectIssueResult = resultUnion(
  'OpenProjectIssueResult',
  () => [ProjectIssue, NotFoundError, ProjectClosedError] as const,
);
const ResolveProjectIssueResult = resultUnion(
  'ResolveProjectIssueResult',
  () => [ProjectIssue, NotFoundError, IssueAlreadyResolvedError] as const,
);
const ProjectResult = resultUnion(
  'ProjectResult',
  () => [OnboardingProject, NotFoundError, ProjectClosedError] as const,
);

@Resolver(() => OnboardingProject)
export class OnboardingProjectsResolver {
  constructor(
    private readonly projects: ProjectsService,
    private readonly progress: ProjectProgressService,
    private readonly customers: CustomersService,
    private readonly partners: PartnersService,
    private readonly consultants: ConsultantsService,
  ) {}

  @Query(() => OnboardingProjectList, {
    description: 'Projects, newest first; a firm: its own; a partner member: those they are staffed on.',
  })
  @Allow(...ANY_ROLE)
  onboardingProjects(@Ctx() ctx: RequestContext, @Args() args: ProjectListArgs) {
    return this.projects.list(ctx, args);
  }

  @Query(() => OnboardingProject, { nullable: true })
  @Allow(...ANY_ROLE)
  onboardingProject(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.projects.get(ctx, id);
  }

  @Mutation(() => CompletePhaseResult, { description: 'The firm completes the current phase (date, summary).' })
  @Allow(...PARTNER_USERS)
  completePhase(@Ctx() ctx: RequestContext, @Args('input') input: CompletePhaseInput) {
    return this.progress.completePhase(ctx, input);
  }

  @Mutation(() => ReopenPhaseResult, { description: 'Vendor staff reopen a completed phase, with a reason.' })
  @Allow(...VENDOR)
  reopenPhase(@Ctx() ctx: RequestContext, @Args('input') input: ReopenPhaseInput) {
    return this.progress.reopenPhase(ctx, input);
  }

  @Mutation(() => LogWorkResult, { description: 'The firm logs a work session.' })
  @Allow(...PARTNER_USERS)
  logWork(@Ctx() ctx: RequestContext, @Args('input') input: LogWorkInput) {
    return this.progress.logWork(ctx, input);
  }

  @Mutation(() => OpenProjectIssueResult)
  @Allow(...PARTNER_USERS)
  openProjectIssue(@Ctx() ctx: RequestContext, @Args('input') input: OpenProjectIssueInput) {
    return this.progress.openIssue(ctx, input);
  }

  @Mutation(() => ResolveProjectIssueResult)
  @Allow(...PARTNER_USERS)
  resolveProjectIssue(@Ctx() ctx: RequestContext, @Args('input') input: ResolveProjectIssueInput) {
    return this.progress.resolveIssue(ctx, input);
  }

  @Mutation(() => ProjectResult, { description: 'Vendor staff mark the customer as lost, with a reason.' })
  @Allow(...VENDOR)
  churnProject(@Ctx() ctx: RequestContext, @Args('input') input: ChurnProjectInput) {
    return this.projects.churn(ctx, input);
  }

  @Mutation(() => ProjectResult, { description: 'A partner admin staffs the project.' })
  @Allow(Role.PARTNER_ADMIN)
  updateProjectTeam(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProjectTeamInput) {
    return this.progress.updateTeam(ctx, input);
  }

  @ResolveField(() => ProjectHealthEnum, { description: 'Derived from the phases and the calendar, never typed.' })
  @Allow(...ANY_ROLE)
  health(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.projects.health(ctx, p);
  }

  @ResolveField(() => [ProjectPhase])
  @Allow(...ANY_ROLE)
  phases(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.projects.phasesOf(ctx, p.id);
  }

  @ResolveField(() => ProjectPhase, { nullable: true, description: 'The open phase with the lowest position.' })
  @Allow(...ANY_ROLE)
  async currentPhase(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return currentPhase(await this.projects.phasesOf(ctx, p.id));
  }

  @ResolveField(() => CustomerAccount, { nullable: true })
  @Allow(...ANY_ROLE)
  customer(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.customers.get(ctx, p.customerId);
  }

  @ResolveField(() => Partner, { nullable: true })
  @Allow(...ANY_ROLE)
  partner(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.partners.get(ctx, p.partnerId);
  }

  @ResolveField(() => Consultant, { nullable: true })
  @Allow(...ANY_ROLE)
  leadConsultant(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.consultants.get(ctx, p.leadConsultantId);
  }

  @ResolveField(() => [Consultant], { description: 'Consultants staffed besides the lead.' })
  @Allow(...ANY_ROLE)
  async team(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    const team = await Promise.all(p.teamConsultantIds.map((id) => this.consultants.get(ctx, id)));
    return team.filter((c): c is Consultant => c !== null);
  }

  @ResolveField(() => [WorkLog], { description: 'Newest first.' })
  @Allow(...ANY_ROLE)
  workLogs(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.progress.workLogsOf(ctx, p.id);
  }

  @ResolveField(() => [ProjectIssue], { description: 'Newest first; open and resolved.' })
  @Allow(...ANY_ROLE)
  issues(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.progress.issuesOf(ctx, p.id);
  }

  @ResolveField(() => [ProjectEvent], { description: 'The timeline, newest first.' })
  @Allow(...ANY_ROLE)
  timeline(@Ctx() ctx: RequestContext, @Parent() p: OnboardingProject) {
    return this.progress.timelineOf(ctx, p.id);
  }
}

@Resolver(() => OnboardingTemplate)
export class OnboardingTemplatesResolver {
  constructor(private readonly templates: TemplatesService) {}

  @Query(() => OnboardingTemplate, { description: 'The template new projects start with.' })
  @Allow(...ANY_ROLE)
  onboardingTemplate(@Ctx() ctx: RequestContext) {
    return this.templates.current(ctx);
  }

  @Query(() => [OnboardingTemplate], { description: 'Every version, newest first.' })
  @Allow(...PROGRAM_READERS)
  onboardingTemplates(@Ctx() ctx: RequestContext) {
    return this.templates.versions(ctx);
  }

  @Mutation(() => OnboardingTemplate, { description: 'Writes the next version; running projects keep theirs.' })
  @Allow(Role.VENDOR_ADMIN)
  updateOnboardingTemplate(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOnboardingTemplateInput) {
    return this.templates.update(ctx, input);
  }

  @ResolveField(() => [TemplatePhase])
  @Allow(...ANY_ROLE)
  phases(@Ctx() ctx: RequestContext, @Parent() t: OnboardingTemplate) {
    return this.templates.phasesOf(ctx, t.id);
  }
}

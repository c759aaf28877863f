import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { scopedQuery } from '../common/access/scoped-query';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { CustomersService } from '../customers/customers.service';
import type { AnswerSurveyInput } from './dto/survey.inputs';
import type { OnboardingProject } from './onboarding-project.entity';
import { SurveyInvalidError } from './onboarding.errors';
import { ProjectPhase } from './project-phase.entity';
import { Survey, SurveyKind } from './survey.entity';

/** Days a survey link stays valid. */
export const SURVEY_VALID_DAYS = 30;
const DAY_MS = 86_400_000;

export enum SurveyState {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  EXPIRED = 'EXPIRED',
}

/** What the public survey page shows before it is answered. */
export interface PublicSurvey {
  state: SurveyState;
  kind: SurveyKind;
  companyName: string | null;
  phaseNameEn: string | null;
  phaseNameJa: string | null;
}

/** Customer surveys: one-time links created at phase completion (as the template says) and at the end. */
@Injectable()
export class SurveysService {
  constructor(
    private readonly clock: Clock,
    private readonly customers: CustomersService,
  ) {}

  /** Called when a phase completes; no audit entry (the completion has it). */
  async onPhaseCompleted(ctx: RequestContext, project: OnboardingProject, phase: ProjectPhase, last: boolean) {
    if (phase.surveyOnCompletion) await this.create(ctx, project, SurveyKind.PHASE, phase.position);
    if (last) await this.create(ctx, project, SurveyKind.END, null);
  }

  /** The public view of a link: anyone holding it may read this much. */
  async view(ctx: RequestContext, token: string): Promise<PublicSurvey | null> {
    const survey = await ctx.manager.getRepository(Survey).findOneBy({ token });
    if (!survey) return null;
    const [project] = await ctx.manager.query(
      `SELECT p.customer_id AS "customerId", ph.name_en AS "nameEn", ph.name_ja AS "nameJa"
         FROM onboarding_project p LEFT JOIN project_phase ph ON ph.project_id = p.id AND ph.position = $2
        WHERE p.id = $1`,
      [survey.projectId, survey.phasePosition],
    );
    const customer = await this.customers.get(ctx, project.customerId);
    return {
      state: survey.answeredAt
        ? SurveyState.ANSWERED
        : survey.expiresAt <= this.clock.now()
          ? SurveyState.EXPIRED
          : SurveyState.OPEN,
      kind: survey.kind,
      companyName: customer?.companyName ?? null,
      phaseNameEn: project.nameEn,
      phaseNameJa: project.nameJa,
    };
  }

  /** Answers once: a conditional update, so two submissions of one link cannot both count. */
  async answer(ctx: RequestContext, input: AnswerSurveyInput): Promise<Survey | SurveyInvalidError> {
    const [rows]: [Survey[], number] = await ctx.manager.query(
      `UPDATE survey SET answered_at = $2, csat = $3, nps = $4, worries = $5, evaluation = $6
        WHERE token = $1 AND answered_at IS NULL AND expires_at > $2 RETURNING id`,
      [
        input.token,
        this.clock.now(),
        input.csat,
        input.nps,
        input.worries?.trim() || null,
        input.evaluation?.trim() || null,
      ],
    );
    if (rows.length === 0) return new SurveyInvalidError(ctx);
    const survey = await ctx.manager.getRepository(Survey).findOneByOrFail({ id: rows[0].id });
    ctx.audit({
      action: 'survey.answer',
      entityType: 'Survey',
      entityId: survey.id,
      after: { csat: input.csat, nps: input.nps },
    });
    return survey;
  }

  ofProject(ctx: RequestContext, projectId: string): Promise<Survey[]> {
    return ctx
      .loader<Survey[]>('survey.byProject', async (ids) => {
        const rows = await scopedQuery(ctx, Survey, 's')
          .andWhere('s.projectId IN (:...ids)', { ids })
          .orderBy('s.createdAt', 'DESC')
          .addOrderBy('s.id', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.projectId === id));
      })
      .load(projectId) as Promise<Survey[]>;
  }

  private async create(
    ctx: RequestContext,
    project: OnboardingProject,
    kind: SurveyKind,
    phasePosition: number | null,
  ) {
    await ctx.manager.getRepository(Survey).insert({
      projectId: project.id,
      partnerId: project.partnerId,
      kind,
      phasePosition,
      token: randomBytes(32).toString('base64url'),
      expiresAt: new Date(this.clock.now().getTime() + SURVEY_VALID_DAYS * DAY_MS),
    });
  }
}

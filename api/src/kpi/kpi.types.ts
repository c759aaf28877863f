import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectHealthEnum } from '../onboarding/project-health.sql';
import type { ProjectHealth } from '@baton/shared';

/** Activation within X days of the projects started in one cohort month. */
@ObjectType()
export class ActivationCohort {
  @Field({ description: 'YYYY-MM: the month the projects started.' }) month: string;
  @Field(() => Int) started: number;
  @Field(() => Int) activated: number;
  @Field(() => Int) notActivated: number;
  @Field(() => Int, { description: 'Window not over yet and not activated: not counted in the rate.' }) pending: number;
  @Field(() => Float, { nullable: true, description: 'activated ÷ (activated + notActivated).' }) rate: number | null;
}

@ObjectType()
export class PhaseOnTime {
  @Field(() => ID, { nullable: true }) partnerId: string | null;
  @Field(() => String, { nullable: true }) partnerName: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM of the due dates (trend rows).' }) month: string | null;
  @Field(() => Int, { description: 'Phases due in the period, decided today: completed, or open past due.' })
  due: number;
  @Field(() => Int, { description: 'Of those, completed on or before their due date.' }) onTime: number;
  @Field(() => Float, { nullable: true }) rate: number | null;
}

@ObjectType()
export class CapacityUse {
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int) offered: number;
  @Field(() => Int) consumed: number;
  @Field(() => Float, { nullable: true, description: 'consumed ÷ offered.' }) utilization: number | null;
}

@ObjectType()
export class SurveyScores {
  @Field({ description: 'YYYY-MM of the answers.' }) month: string;
  @Field(() => Int) answers: number;
  @Field(() => Float, { nullable: true, description: 'Mean rating 1–5.' }) csat: number | null;
  @Field(() => Float, { nullable: true, description: '% promoters (9–10) − % detractors (0–6).' }) nps: number | null;
}

@ObjectType()
export class PartnerEscalations {
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field(() => Int, { description: 'Projects started in the period.' }) projects: number;
  @Field(() => Int, { description: 'Escalations raised on those projects.' }) escalations: number;
  @Field(() => Float, { nullable: true }) perProject: number | null;
}

@ObjectType()
export class PartnerRisk {
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field(() => Int) running: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) overdue: number;
}

@ObjectType()
export class KpiTotals {
  @Field(() => Float, { nullable: true }) activationRate: number | null;
  @Field(() => Int) activationPending: number;
  @Field(() => Float, { nullable: true }) phaseOnTimeRate: number | null;
  @Field(() => Float, { nullable: true }) capacityUtilization: number | null;
  @Field(() => Float, { nullable: true }) csat: number | null;
  @Field(() => Float, { nullable: true }) nps: number | null;
  @Field(() => Int) surveyAnswers: number;
  @Field(() => Float, { nullable: true }) escalationsPerProject: number | null;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) overdue: number;
}

@ObjectType({ description: 'The KPIs of DESIGN.md over a period, for the program or one firm.' })
export class KpiDashboard {
  @Field() fromMonth: string;
  @Field() toMonth: string;
  @Field(() => ID, { nullable: true }) partnerId: string | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the figures were counted, if they come from the roll-ups (program view); null: counted live now.',
  })
  figuresAsOf: Date | null;
  @Field(() => Int, { description: 'X of "activation within X days".' }) activationWindowDays: number;
  @Field(() => Int) activationThreshold: number;
  @Field(() => KpiTotals) totals: KpiTotals;
  @Field(() => [ActivationCohort]) activationByCohort: ActivationCohort[];
  @Field(() => [PhaseOnTime]) phaseOnTimeByPartner: PhaseOnTime[];
  @Field(() => [PhaseOnTime]) phaseOnTimeByMonth: PhaseOnTime[];
  @Field(() => [CapacityUse]) capacityByPartnerMonth: CapacityUse[];
  @Field(() => [SurveyScores]) surveysByMonth: SurveyScores[];
  @Field(() => [PartnerEscalations]) escalationsByPartner: PartnerEscalations[];
  @Field(() => [PartnerRisk]) riskByPartner: PartnerRisk[];
}

/** One row behind a figure: what it is about and whether it counts in the numerator. */
@ObjectType()
export class KpiEvidenceRow {
  @Field(() => ID) key: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field(() => String, { nullable: true }) customerName: string | null;
  @Field({ description: 'YYYY-MM the row belongs to in the figure.' }) month: string;
  @Field(() => String, {
    nullable: true,
    description:
      'What the row is: the outcome (activation), the phase name (on-time), the product line (capacity), the health (at risk).',
  })
  label: string | null;
  @Field(() => String, { nullable: true, description: 'The Japanese name where the label is a phase name.' }) labelJa:
    string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: start, due date or answer day.' }) date:
    string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: activation or completion day.' }) doneOn:
    string | null;
  @Field(() => Float, { nullable: true, description: 'Offered slots, CSAT, or escalations of the project.' })
  value: number | null;
  @Field(() => Float, { nullable: true, description: 'Consumed slots or NPS.' }) value2: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Counts in the numerator (activated, on time); null when not counted yet.',
  })
  counted: boolean | null;
  @Field(() => ProjectHealthEnum, { nullable: true }) health: ProjectHealth | null;
}

@ObjectType()
export class KpiEvidence {
  @Field(() => [KpiEvidenceRow]) rows: KpiEvidenceRow[];
  @Field(() => Int, { description: 'Rows behind the figure; at most 1,000 are listed.' }) totalRows: number;
}

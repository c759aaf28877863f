import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PartnerScoped, ProgramWide } from '../../common/access/scoped-query';
import { Partner } from '../../partners/partner.entity';

const count = () => Column({ type: 'integer', default: 0 });

/**
 * The program dashboard's figures per firm and month, as of one day (`KpiRollupState`): what the
 * live SQL of `kpi.sql.ts` counts, summed so any period of whole months adds them up. Written only
 * by `KpiRollupService.refresh`; a month is the cohort month (activation, escalations), the due
 * month (phases), the plan month (capacity) or the answer month (surveys).
 */
@Entity()
@PartnerScoped('partnerId')
@Index('kpi_rollup_month_month', ['month'])
export class KpiRollupMonth {
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  /** First day of the month. */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @count() started: number;
  @count() activated: number;
  @count() notActivated: number;
  @count() pending: number;
  @count() phasesDue: number;
  @count() phasesOnTime: number;
  /** Capacity plan rows of the month (a firm with a plan of 0 slots still shows). */
  @count() capacityRows: number;
  @count() slotsOffered: number;
  @count() slotsConsumed: number;
  @count() surveyAnswers: number;
  @count() csatSum: number;
  @count() csatCount: number;
  @count() npsCount: number;
  @count() promoters: number;
  @count() detractors: number;
  @count() projects: number;
  @count() escalations: number;
}

/** Each firm's projects by health on the roll-up's day (health has no period). */
@Entity()
@PartnerScoped('partnerId')
export class KpiRollupRisk {
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @count() projects: number;
  @count() running: number;
  @count() atRisk: number;
  @count() overdue: number;
}

/** When the roll-ups were last built and for which day; one row. */
@Entity()
@ProgramWide()
export class KpiRollupState {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** The day (the Clock's) the figures are counted for: they serve only that day. */
  @Column({ type: 'date' })
  asOfDay: string;

  @Column({ type: 'timestamptz' })
  refreshedAt: Date;

  @Column({ type: 'integer' })
  durationMs: number;
}

/**
 * The demo's onboarding projects: customers each firm accepted over the last ~80 days, with their
 * earlier phases done, some work logged and an open issue here and there, so the project board
 * shows projects in several phases and every health a running project can have.
 */
import { addDays } from '@baton/shared';
import type { DemoCustomer } from './demo-queue';

export type WorkKindName = 'REQUIREMENTS_ADVICE' | 'OPERATION_LECTURE' | 'ISSUE_RESOLUTION';

export interface DemoWorkLog {
  kind: WorkKindName;
  /** Days before the seed. */
  daysAgo: number;
  hours: number;
  notes: string;
}

export interface DemoProject extends Omit<DemoCustomer, 'assignedTo' | 'contractInDays'> {
  firm: 'sakura' | 'midori' | 'aozora';
  /** The project's day 1 (the acceptance), in days before the seed. */
  startedDaysAgo: number;
  /** Days from the contract to the start. */
  contractDaysBeforeStart: number;
  /** Days after its due date each completed phase was done (negative: early); one per completed phase. */
  completedLate: number[];
  /** consultant2 of the firm is staffed besides the lead (so a partner member sees it too). */
  withTeam?: boolean;
  workLogs: DemoWorkLog[];
  openIssue?: { title: string; note: string; daysAgo: number };
}

/**
 * Eight projects (CRM-1025 … in this order), lead: the firm's certified consultant1. Against the
 * default template (days 7/21/35/50/70/90) they stand, on the day of the seed, in phases 1–6 and
 * are ON_TRACK, AT_RISK and OVERDUE; a unit test holds them to that.
 */
export const DEMO_PROJECTS: DemoProject[] = [
  {
    company: '株式会社みやこ文具',
    industry: 'RETAIL',
    employeeBand: '21-100',
    prefecture: 'JP-13',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    firm: 'sakura',
    startedDaysAgo: 78,
    contractDaysBeforeStart: 12,
    completedLate: [0, 2, 0, 1],
    withTeam: true,
    workLogs: [
      { kind: 'REQUIREMENTS_ADVICE', daysAgo: 64, hours: 3, notes: '勘定科目と部門の設計について助言' },
      { kind: 'OPERATION_LECTURE', daysAgo: 33, hours: 2.5, notes: '経理担当者3名に仕訳入力と締め処理をレクチャー' },
      { kind: 'ISSUE_RESOLUTION', daysAgo: 6, hours: 1.5, notes: '銀行明細の取込ルールを見直し' },
    ],
    openIssue: {
      title: '銀行明細の自動取込で一部の仕訳が重複する',
      note: '試験運用中に判明。取込ルールの優先順位を調整中で、お客様の確認待ち。',
      daysAgo: 9,
    },
  },
  {
    company: '有限会社いろは食堂',
    industry: 'FOOD_SERVICE',
    employeeBand: '1-20',
    prefecture: 'JP-14',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    firm: 'sakura',
    startedDaysAgo: 33,
    contractDaysBeforeStart: 9,
    completedLate: [0, 1],
    workLogs: [
      { kind: 'REQUIREMENTS_ADVICE', daysAgo: 20, hours: 2, notes: '店舗別の売上計上と現金管理の運用を整理' },
      { kind: 'REQUIREMENTS_ADVICE', daysAgo: 4, hours: 1.5, notes: '過去データ移行の範囲をお客様と確認' },
    ],
  },
  {
    company: '株式会社青山デザインラボ',
    industry: 'PROFESSIONAL_SERVICES',
    employeeBand: '1-20',
    prefecture: 'JP-13',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    firm: 'sakura',
    startedDaysAgo: 12,
    contractDaysBeforeStart: 14,
    completedLate: [0],
    workLogs: [
      { kind: 'REQUIREMENTS_ADVICE', daysAgo: 3, hours: 2, notes: 'プロジェクト別の原価管理の要件をヒアリング' },
    ],
  },
  {
    company: '阪神金属加工株式会社',
    industry: 'MANUFACTURING',
    employeeBand: '101-300',
    prefecture: 'JP-28',
    products: ['PAYROLL'],
    segment: 'MID_MARKET',
    firm: 'midori',
    startedDaysAgo: 60,
    contractDaysBeforeStart: 15,
    completedLate: [0, 0, 2, 0],
    workLogs: [
      { kind: 'REQUIREMENTS_ADVICE', daysAgo: 48, hours: 4, notes: '交替勤務手当と割増賃金の計算ルールを整理' },
      { kind: 'OPERATION_LECTURE', daysAgo: 17, hours: 3, notes: '人事担当者向けに給与計算と明細配信をレクチャー' },
    ],
  },
  {
    company: '京阪運輸株式会社',
    industry: 'LOGISTICS',
    employeeBand: '101-300',
    prefecture: 'JP-26',
    products: ['PAYROLL'],
    segment: 'MID_MARKET',
    firm: 'midori',
    startedDaysAgo: 24,
    contractDaysBeforeStart: 10,
    completedLate: [1],
    withTeam: true,
    workLogs: [
      { kind: 'REQUIREMENTS_ADVICE', daysAgo: 15, hours: 3, notes: '運行手当・歩合給の支給規程を確認' },
      { kind: 'REQUIREMENTS_ADVICE', daysAgo: 6, hours: 2, notes: '勤怠締め日と給与支給日のスケジュールを調整' },
    ],
    openIssue: {
      title: '歩合給の計算方法がお客様社内で未確定',
      note: '要件定義の完了に必要。次回定例でご担当部長の決定をいただく予定。',
      daysAgo: 7,
    },
  },
  {
    company: '株式会社ネクストフィナンシャル',
    industry: 'FINANCE',
    employeeBand: '301-1000',
    prefecture: 'JP-13',
    products: ['ACCOUNTING', 'PAYROLL'],
    segment: 'ENTERPRISE',
    firm: 'aozora',
    startedDaysAgo: 80,
    contractDaysBeforeStart: 20,
    completedLate: [0, 0, 1, 0, -1],
    workLogs: [
      { kind: 'OPERATION_LECTURE', daysAgo: 35, hours: 4, notes: '経理・人事の両部門に操作レクチャーを実施' },
      { kind: 'ISSUE_RESOLUTION', daysAgo: 14, hours: 2, notes: '連結子会社の勘定科目マッピングを修正' },
    ],
  },
  {
    company: '名古屋テクノサービス株式会社',
    industry: 'IT_SERVICES',
    employeeBand: '101-300',
    prefecture: 'JP-23',
    products: ['PAYROLL'],
    segment: 'MID_MARKET',
    firm: 'aozora',
    startedDaysAgo: 47,
    contractDaysBeforeStart: 11,
    completedLate: [0, 1, 2],
    withTeam: true,
    workLogs: [
      { kind: 'REQUIREMENTS_ADVICE', daysAgo: 36, hours: 3, notes: '裁量労働制と固定残業代の設定方針を確認' },
      { kind: 'OPERATION_LECTURE', daysAgo: 5, hours: 2, notes: '給与担当者向けの第1回操作レクチャー' },
    ],
    openIssue: {
      title: '前システムからの有給休暇残日数の移行データに不整合',
      note: '12名分の残日数が一致しない。お客様の人事部で元データを確認中。',
      daysAgo: 10,
    },
  },
  {
    company: '福岡グリーンエナジー株式会社',
    industry: 'CONSTRUCTION',
    employeeBand: '301-1000',
    prefecture: 'JP-40',
    products: ['ACCOUNTING'],
    segment: 'MID_MARKET',
    firm: 'aozora',
    startedDaysAgo: 2,
    contractDaysBeforeStart: 16,
    completedLate: [],
    workLogs: [{ kind: 'REQUIREMENTS_ADVICE', daysAgo: 1, hours: 1.5, notes: 'キックオフ前の事前打ち合わせ' }],
  },
];

/** What a completed phase says, by position (the Japanese summary the firm wrote). */
export const DEMO_PHASE_SUMMARIES: Record<number, string> = {
  1: 'キックオフ会議を実施し、導入スケジュール・体制・定例会の進め方をお客様と合意しました。',
  2: '現行業務を棚卸しし、設定方針と運用ルールをお客様と確定しました。',
  3: '初期設定を完了し、過去データの移行と残高の検証を終えました。',
  4: '担当者向けの操作レクチャーを実施し、よくある質問をQ&A集にまとめて共有しました。',
  5: '試験運用で見つかった残課題をすべて解消し、本番稼働の判定をいただきました。',
  6: '本番稼働を確認し、お客様の社内担当者へ運用を引き継ぎました。',
};
export const DEMO_PHASE_SUMMARY_FALLBACK = 'フェーズの作業を完了し、お客様に確認いただきました。';

/** A template phase as a project opening reads it. */
export interface TemplatePhaseRow {
  position: number;
  nameEn: string;
  nameJa: string;
  dueDay: number;
  surveyOnCompletion: boolean;
}

export interface PlannedPhase {
  position: number;
  nameEn: string;
  nameJa: string;
  surveyOnCompletion: boolean;
  dueDate: string;
  completedOn: string | null;
  summary: string | null;
}

/**
 * A demo project's phases against a template: due date = start + due day - 1 (day 1 is the start,
 * as a real opening computes it), the first ones completed on or about their due date, never after
 * today and never before the previous one.
 */
export function planDemoPhases(
  project: Pick<DemoProject, 'completedLate'>,
  startDate: string,
  today: string,
  template: readonly TemplatePhaseRow[],
): PlannedPhase[] {
  let previous = startDate;
  return [...template]
    .sort((a, b) => a.position - b.position)
    .map((phase, i) => {
      const dueDate = addDays(startDate, phase.dueDay - 1);
      const late = project.completedLate[i];
      let completedOn: string | null = null;
      if (late !== undefined) {
        const wanted = addDays(dueDate, late);
        completedOn = [wanted > today ? today : wanted, previous].sort().at(-1)!;
        previous = completedOn;
      }
      return {
        position: phase.position,
        nameEn: phase.nameEn,
        nameJa: phase.nameJa,
        surveyOnCompletion: phase.surveyOnCompletion,
        dueDate,
        completedOn,
        summary: completedOn ? (DEMO_PHASE_SUMMARIES[phase.position] ?? DEMO_PHASE_SUMMARY_FALLBACK) : null,
      };
    });
}

/** What demo customers answer to a phase survey (CSAT 1–5, NPS 0–10, worries, evaluation). */
export const DEMO_SURVEY_ANSWERS: readonly { csat: number; nps: number; worries: string | null; evaluation: string }[] =
  [
    { csat: 5, nps: 10, worries: null, evaluation: '要件整理が的確で、社内の合意形成が早く進みました。' },
    {
      csat: 4,
      nps: 8,
      worries: '月次締めの運用が定着するか少し不安です。',
      evaluation: '質問への回答が早く助かっています。',
    },
    { csat: 4, nps: 9, worries: null, evaluation: '操作レクチャーが分かりやすかったです。' },
    {
      csat: 3,
      nps: 6,
      worries: 'データ移行のスケジュールが遅れ気味です。',
      evaluation: '担当者の説明は丁寧ですが、進捗の共有をもう少し頻繁にしてほしいです。',
    },
    { csat: 5, nps: 9, worries: null, evaluation: '現場の運用に合わせた設定を提案してもらえました。' },
  ];

import { FUTURE_MONTHS, PAST_MONTHS, PLAN_MONTHS, type ScalePlan } from './scale-plan';
import type { ScaleWriter } from './scale-writer';

/**
 * The session and the one-row table `scale_ctx` every step reads its constants from: today, now,
 * the months of the program and the counts of the plan.
 */
export async function prepareContext(w: ScaleWriter, plan: ScalePlan, now: Date): Promise<void> {
  // UTC like the app's Clock; bulk writes need no synchronous flush (a crash means running it again).
  await w.client.query(`SET TIME ZONE 'UTC'`);
  await w.client.query(`SET synchronous_commit = off`);
  await w.client.query(`SET work_mem = '64MB'`);
  await w.client.query(`SET temp_buffers = '128MB'`);
  // Statements over fresh temp tables look costly to the planner; compiling them (JIT) takes longer than running them.
  await w.client.query(`SET jit = off`);
  await w.prepare(
    'context',
    `CREATE TEMP TABLE scale_ctx AS
     SELECT $1::timestamptz AS now, ($1::timestamptz)::date AS today,
            date_trunc('month', $1::timestamptz)::date AS current_month,
            (date_trunc('month', $1::timestamptz) - make_interval(months => ${PAST_MONTHS}))::date AS first_month,
            (date_trunc('month', $1::timestamptz) + make_interval(months => ${FUTURE_MONTHS}))::date AS last_month,
            ${PAST_MONTHS}::int AS past_months, ${PLAN_MONTHS}::int AS months,
            $2::int AS firms, $3::int AS consultants, $4::bigint AS accounts,
            $5::bigint AS snapshots, $6::int AS answers`,
    [now.toISOString(), plan.firms, plan.consultants, plan.accounts, plan.usageSnapshots, plan.surveyAnswers],
  );
}

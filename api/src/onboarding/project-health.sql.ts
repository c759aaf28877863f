import { registerEnumType } from '@nestjs/graphql';
import { AT_RISK_DAYS, ESCALATION_RISK_DAYS, PROJECT_HEALTHS, type ProjectHealth } from '@baton/shared';

/** `ProjectHealth` of `libs/shared` as a GraphQL enum. */
export const ProjectHealthEnum = Object.fromEntries(PROJECT_HEALTHS.map((h) => [h, h])) as Record<
  ProjectHealth,
  ProjectHealth
>;
registerEnumType(ProjectHealthEnum, { name: 'ProjectHealth' });

/** The open phase with the lowest position of project `alias` (the one it is in). */
const current = (alias: string, column: string) =>
  `(SELECT ph.${column} FROM project_phase ph WHERE ph.project_id = ${alias}.id AND ph.completed_on IS NULL ORDER BY ph.position LIMIT 1)`;

/** The position of the current phase (null when every phase is done). */
export const currentPhaseSql = (alias: string) => current(alias, 'position');

/**
 * The same rule as `projectHealth` of `libs/shared`, in SQL, against `:today` (so a list can be
 * filtered by health); a test holds the two to the same answers.
 */
export const healthSql = (alias: string) => `CASE
  WHEN ${alias}.churned_at IS NOT NULL THEN 'CHURNED'
  WHEN ${current(alias, 'due_date')} IS NULL THEN 'COMPLETED'
  WHEN ${current(alias, 'due_date')} < CAST(:today AS date) THEN 'OVERDUE'
  WHEN ${current(alias, 'due_date')} <= CAST(:today AS date) + ${AT_RISK_DAYS} THEN 'AT_RISK'
  WHEN EXISTS (SELECT 1 FROM escalation esc WHERE esc.project_id = ${alias}.id AND esc.resolved_at IS NULL
               AND CAST(:today AS date) - CAST(esc.created_at AT TIME ZONE 'UTC' AS date) > ${ESCALATION_RISK_DAYS}) THEN 'AT_RISK'
  ELSE 'ON_TRACK' END`;

import type { ProjectHealth } from '../../gql/graphql';

/** Badge colors per health: on track green, at risk yellow, overdue red, completed blue, churned gray. */
export const HEALTH_COLORS: Record<ProjectHealth, string> = {
  ON_TRACK: 'green',
  AT_RISK: 'yellow',
  OVERDUE: 'red',
  COMPLETED: 'blue',
  CHURNED: 'gray',
};

/** A closed project (completed or churned) takes no more work, issues or phase changes. */
export function isClosed(health: ProjectHealth): boolean {
  return health === 'COMPLETED' || health === 'CHURNED';
}

import { QueryFailedError } from 'typeorm';

/** True when `e` is PostgreSQL's unique violation of `constraint` (a race the pre-check lost). */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  const driverError =
    e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

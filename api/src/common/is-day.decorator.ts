import { ValidateBy, type ValidationOptions } from 'class-validator';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written `YYYY-MM-DD` that exists (not `2026-02-30`). */
export function isDay(value: unknown): boolean {
  const parts = typeof value === 'string' ? DAY.exec(value) : null;
  if (!parts) return false;
  const day = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return day.toISOString().slice(0, 10) === value;
}

/**
 * A day, `YYYY-MM-DD`. `IsDateString` also takes `2026-06`, week and ordinal dates and times,
 * which PostgreSQL's `date` refuses (the request then failed with a 500). Reports under the same
 * name, so the message stays "must be a date (YYYY-MM-DD)".
 */
export const IsDay = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isDateString', validator: { validate: isDay } }, options);

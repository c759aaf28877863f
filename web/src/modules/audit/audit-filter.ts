import type { AuditLogFilter } from '../../gql/graphql';

export interface AuditFilterValues {
  actorEmail: string;
  entityType: string;
  entityId: string;
  action: string;
  /** `yyyy-mm-dd` from a date input, in the user's time zone. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  actorEmail: '',
  entityType: '',
  entityId: '',
  action: '',
  from: '',
  to: '',
};

/** Start of a local calendar day as an ISO instant; `endOfDay` gives the last millisecond. */
function dayBoundary(day: string, endOfDay: boolean): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const instant = endOfDay ? new Date(year, month, date, 23, 59, 59, 999) : new Date(year, month, date);
  return instant.toISOString();
}

/** The form's values as the API filter; blank fields are left out, dates cover whole days. */
export function toAuditLogFilter(values: AuditFilterValues): AuditLogFilter {
  const filter: AuditLogFilter = {};
  for (const key of ['actorEmail', 'entityType', 'entityId', 'action'] as const) {
    const value = values[key].trim();
    if (value) filter[key] = value;
  }
  const from = dayBoundary(values.from, false);
  const to = dayBoundary(values.to, true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

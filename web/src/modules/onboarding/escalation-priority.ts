import type { EscalationPriority } from '../../gql/graphql';

/** Most urgent first (the API's values: HIGH after 3 days open, MEDIUM after 1 day). */
export const PRIORITIES: readonly EscalationPriority[] = ['HIGH', 'MEDIUM', 'LOW'];

/** The badge colour of each priority. */
export const PRIORITY_COLORS: Record<EscalationPriority, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'gray' };

export type EscalationStatus = 'open' | 'resolved';

/** 0 for the most urgent; a resolved escalation (no priority) sorts last. */
export function priorityRank(priority: EscalationPriority | null | undefined): number {
  return priority ? PRIORITIES.indexOf(priority) : PRIORITIES.length;
}

export function priorityColor(priority: EscalationPriority | null | undefined): string {
  return priority ? PRIORITY_COLORS[priority] : 'gray';
}

export function statusOf(e: { resolvedAt?: string | null }): EscalationStatus {
  return e.resolvedAt ? 'resolved' : 'open';
}

interface Sortable {
  id: string;
  createdAt: string;
  resolvedAt?: string | null;
  priority?: EscalationPriority | null;
}

/**
 * The order of a project's escalations: open ones first, most urgent (then oldest) first, as in
 * the vendor's inbox; then the resolved ones, latest resolution first.
 */
export function compareEscalations(a: Sortable, b: Sortable): number {
  const openA = !a.resolvedAt;
  const openB = !b.resolvedAt;
  if (openA !== openB) return openA ? -1 : 1;
  if (openA) {
    return (
      priorityRank(a.priority) - priorityRank(b.priority) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id)
    );
  }
  return (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? '') || a.id.localeCompare(b.id);
}

export function sortEscalations<T extends Sortable>(list: readonly T[]): T[] {
  return [...list].sort(compareEscalations);
}

/** The latest message of a conversation (messages come oldest first). */
export function lastMessageOf<M>(e: { messages: readonly M[] }): M | null {
  return e.messages.length > 0 ? e.messages[e.messages.length - 1] : null;
}

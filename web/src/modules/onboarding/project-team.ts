/** A consultant of the firm as the team picker sees it. */
export interface TeamCandidate {
  id: string;
  displayName: string;
  active: boolean;
}

/**
 * Who may be put on the team: the firm's active consultants except the lead, plus whoever is on it
 * now (so an inactive member can still be taken off), by name.
 */
export function teamOptions(
  consultants: readonly TeamCandidate[],
  leadId: string,
  team: readonly { id: string; displayName: string }[],
): { value: string; label: string }[] {
  const byId = new Map<string, string>();
  for (const c of consultants) if (c.active && c.id !== leadId) byId.set(c.id, c.displayName);
  for (const member of team) if (member.id !== leadId) byId.set(member.id, member.displayName);
  return [...byId]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}

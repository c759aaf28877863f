/** A consultant of the firm as the team picker sees it. */
export interface TeamCandidate {
  id: string;
  displayName: string;
  active: boolean;
}

/**
 * Who may be put on the team (the API accepts only these): the firm's active consultants except
 * the lead, by name.
 */
export function teamOptions(consultants: readonly TeamCandidate[], leadId: string): { value: string; label: string }[] {
  return consultants
    .filter((c) => c.active && c.id !== leadId)
    .map((c) => ({ value: c.id, label: c.displayName }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}

/**
 * The picker's first selection: the current team, split into who stays selectable and who drops
 * off on save (no longer active at the firm).
 */
export function initialTeam(
  options: readonly { value: string }[],
  team: readonly { id: string; displayName: string }[],
): { selected: string[]; dropped: string[] } {
  const selectable = new Set(options.map((o) => o.value));
  return {
    selected: team.filter((m) => selectable.has(m.id)).map((m) => m.id),
    dropped: team.filter((m) => !selectable.has(m.id)).map((m) => m.displayName),
  };
}

import type { AssignmentCustomerFragment, BatchItemInput } from '../../gql/graphql';

/** A firm or consultant as a proposal row names it. */
export interface Named {
  id: string;
  name: string;
}

export interface ProposalRow {
  customer: AssignmentCustomerFragment;
  partner: Named;
  lead: { id: string; displayName: string };
  fit: number;
  /** Changed by the user since the proposal was computed. */
  edited: boolean;
  /** Where the row stood in the computed proposal (a restored row goes back there). */
  position: number;
}

export interface UnmatchedRow {
  customer: AssignmentCustomerFragment;
  /** 0: no firm can take it; otherwise the slots went to better fits. */
  eligiblePartners: number;
}

/** What `autoAssignmentProposal` answers, as far as the page uses it. */
export interface ProposalPayload {
  month: string;
  objective: number;
  greedyObjective: number;
  items: readonly {
    fit: number;
    customer: AssignmentCustomerFragment;
    partner: Named;
    leadConsultant: { id: string; displayName: string };
  }[];
  unmatched: readonly UnmatchedRow[];
}

/** A proposal under review: edits stay here, in the browser, until applied. */
export interface ProposalState {
  month: string;
  rows: ProposalRow[];
  removed: ProposalRow[];
  unmatched: UnmatchedRow[];
  /** Total fit of the computed proposal (the maximum reachable). */
  objective: number;
  greedyObjective: number;
  /** Free slots per firm learnt from the recommendations loaded while editing (partner id → slots). */
  freeSlots: Record<string, number>;
  /** The row the last apply failed on (`row` counts from 1, as shown), and why. */
  failure: { customerId: string; row: number; message: string } | null;
}

export type ProposalAction =
  | { type: 'remove'; customerId: string }
  | { type: 'restore'; customerId: string }
  | {
      /** Gives a proposed (or unmatched) customer to another firm and lead. */
      type: 'place';
      customer: AssignmentCustomerFragment;
      partner: Named;
      lead: { id: string; displayName: string };
      fit: number;
      freeSlots: Record<string, number>;
    }
  | { type: 'failed'; customerId: string; row: number; message: string }
  | { type: 'clearFailure' };

export function initialProposal(payload: ProposalPayload): ProposalState {
  return {
    month: payload.month,
    rows: payload.items.map((item, position) => ({
      customer: item.customer,
      partner: { id: item.partner.id, name: item.partner.name },
      lead: { id: item.leadConsultant.id, displayName: item.leadConsultant.displayName },
      fit: item.fit,
      edited: false,
      position,
    })),
    removed: [],
    unmatched: [...payload.unmatched],
    objective: payload.objective,
    greedyObjective: payload.greedyObjective,
    freeSlots: {},
    failure: null,
  };
}

const byPosition = (a: ProposalRow, b: ProposalRow) => a.position - b.position;

function withoutFailureOf(state: ProposalState, customerId: string): ProposalState['failure'] {
  return state.failure?.customerId === customerId ? null : state.failure;
}

export function proposalReducer(state: ProposalState, action: ProposalAction): ProposalState {
  switch (action.type) {
    case 'remove': {
      const row = state.rows.find((r) => r.customer.id === action.customerId);
      if (!row) return state;
      return {
        ...state,
        rows: state.rows.filter((r) => r !== row),
        removed: [...state.removed, row],
        failure: withoutFailureOf(state, action.customerId),
      };
    }
    case 'restore': {
      const row = state.removed.find((r) => r.customer.id === action.customerId);
      if (!row) return state;
      return {
        ...state,
        rows: [...state.rows, row].sort(byPosition),
        removed: state.removed.filter((r) => r !== row),
      };
    }
    case 'place': {
      const { customer, partner, lead, fit } = action;
      const freeSlots = { ...state.freeSlots, ...action.freeSlots };
      const failure = withoutFailureOf(state, customer.id);
      const existing = state.rows.find((r) => r.customer.id === customer.id);
      if (existing) {
        const unchanged = existing.partner.id === partner.id && existing.lead.id === lead.id;
        const row: ProposalRow = { ...existing, partner, lead, fit, edited: existing.edited || !unchanged };
        return { ...state, rows: state.rows.map((r) => (r === existing ? row : r)), freeSlots, failure };
      }
      // A removed or unmatched customer joins the batch at the end.
      const position = Math.max(-1, ...[...state.rows, ...state.removed].map((r) => r.position)) + 1;
      return {
        ...state,
        rows: [...state.rows, { customer, partner, lead, fit, edited: true, position }],
        removed: state.removed.filter((r) => r.customer.id !== customer.id),
        unmatched: state.unmatched.filter((u) => u.customer.id !== customer.id),
        freeSlots,
        failure,
      };
    }
    case 'failed':
      return { ...state, failure: { customerId: action.customerId, row: action.row, message: action.message } };
    case 'clearFailure':
      return { ...state, failure: null };
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Total fit of the rows as they stand (after edits). */
export function totalFit(rows: readonly ProposalRow[]): number {
  return round1(rows.reduce((sum, row) => sum + row.fit, 0));
}

/** How the proposal compares with a greedy pick: objective ÷ greedy (null when greedy reaches 0). */
export function fitRatio(objective: number, greedyObjective: number): number | null {
  return greedyObjective > 0 ? objective / greedyObjective : null;
}

/** "103.4%", or "—" when there is nothing to compare with. */
export function formatRatio(ratio: number | null, locale: string, none = '—'): string {
  if (ratio === null || !Number.isFinite(ratio)) return none;
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    ratio,
  );
}

export interface FirmLoad {
  partnerId: string;
  name: string;
  /** Customers the batch gives the firm. */
  count: number;
  /** Free slots of the month as last loaded (null: unknown). */
  free: number | null;
  /** The batch gives the firm more customers than it has free slots: the server will refuse. */
  over: boolean;
}

/**
 * Customers per firm against its free slots. Slots learnt from a customer's recommendations win
 * over the month's calendar, because they are the pool that customer's product line draws on.
 */
export function firmLoads(
  rows: readonly ProposalRow[],
  calendarFree: Readonly<Record<string, number>>,
  learnedFree: Readonly<Record<string, number>>,
): FirmLoad[] {
  const loads = new Map<string, FirmLoad>();
  for (const row of rows) {
    const load = loads.get(row.partner.id);
    if (load) load.count += 1;
    else
      loads.set(row.partner.id, {
        partnerId: row.partner.id,
        name: row.partner.name,
        count: 1,
        free: null,
        over: false,
      });
  }
  return [...loads.values()]
    .map((load) => {
      const free = learnedFree[load.partnerId] ?? calendarFree[load.partnerId] ?? null;
      return { ...load, free, over: free !== null && load.count > free };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The rows as the apply mutation takes them, in the order shown (a failure's index points here). */
export function batchItems(rows: readonly ProposalRow[]): BatchItemInput[] {
  return rows.map((row) => ({ customerId: row.customer.id, partnerId: row.partner.id, leadConsultantId: row.lead.id }));
}

/** Share of a batch applied so far, 0–100. */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}

/** A version-4 UUID from 16 random bytes (where `crypto.randomUUID` is missing: plain HTTP). */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.slice(0, 16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newBatchId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

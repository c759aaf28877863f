import type { AssignmentCustomerFragment } from '../../../gql/graphql';
import {
  batchItems,
  firmLoads,
  fitRatio,
  formatRatio,
  initialProposal,
  progressPercent,
  proposalReducer,
  totalFit,
  uuidFromBytes,
  type ProposalPayload,
  type ProposalState,
} from '../proposal';

function customer(id: string, companyName = `Company ${id}`): AssignmentCustomerFragment {
  return {
    id,
    companyName,
    externalId: null,
    industry: 'RETAIL',
    prefecture: 'JP-13',
    products: ['ACCOUNTING'],
    segment: 'SMB',
    contractDate: '2026-04-01',
  };
}

const sakura = { id: 'p-sakura', name: 'Sakura' };
const fuji = { id: 'p-fuji', name: 'Fuji' };
const lead = (id: string) => ({ id, displayName: `Lead ${id}` });

const payload: ProposalPayload = {
  month: '2026-06',
  objective: 240.5,
  greedyObjective: 220,
  items: [
    { fit: 90.5, customer: customer('c1'), partner: sakura, leadConsultant: lead('l1') },
    { fit: 80, customer: customer('c2'), partner: sakura, leadConsultant: lead('l2') },
    { fit: 70, customer: customer('c3'), partner: fuji, leadConsultant: lead('l3') },
  ],
  unmatched: [
    { customer: customer('c4'), eligiblePartners: 2 },
    { customer: customer('c5'), eligiblePartners: 0 },
  ],
};

describe('initialProposal', () => {
  it('keeps the computed rows in order, unedited, with nothing removed or failed', () => {
    const state = initialProposal(payload);
    expect(state.rows.map((r) => [r.customer.id, r.partner.name, r.lead.id, r.fit, r.edited, r.position])).toEqual([
      ['c1', 'Sakura', 'l1', 90.5, false, 0],
      ['c2', 'Sakura', 'l2', 80, false, 1],
      ['c3', 'Fuji', 'l3', 70, false, 2],
    ]);
    expect(state.removed).toEqual([]);
    expect(state.unmatched.map((u) => u.customer.id)).toEqual(['c4', 'c5']);
    expect(state.failure).toBeNull();
    expect(state.objective).toBe(240.5);
  });
});

describe('proposalReducer', () => {
  let state: ProposalState;
  beforeEach(() => {
    state = initialProposal(payload);
  });

  it('removes a row into the removed list and restores it at its former place', () => {
    const removed = proposalReducer(state, { type: 'remove', customerId: 'c2' });
    expect(removed.rows.map((r) => r.customer.id)).toEqual(['c1', 'c3']);
    expect(removed.removed.map((r) => r.customer.id)).toEqual(['c2']);
    const restored = proposalReducer(removed, { type: 'restore', customerId: 'c2' });
    expect(restored.rows.map((r) => r.customer.id)).toEqual(['c1', 'c2', 'c3']);
    expect(restored.removed).toEqual([]);
  });

  it('ignores an unknown customer', () => {
    expect(proposalReducer(state, { type: 'remove', customerId: 'nope' })).toBe(state);
    expect(proposalReducer(state, { type: 'restore', customerId: 'c1' })).toBe(state);
  });

  it('replaces the firm, lead and fit of a row in place and marks it edited', () => {
    const next = proposalReducer(state, {
      type: 'place',
      customer: customer('c1'),
      partner: fuji,
      lead: lead('l9'),
      fit: 61.2,
      freeSlots: { 'p-fuji': 1, 'p-sakura': 4 },
    });
    expect(next.rows.map((r) => r.customer.id)).toEqual(['c1', 'c2', 'c3']);
    expect(next.rows[0]).toMatchObject({ partner: fuji, lead: lead('l9'), fit: 61.2, edited: true, position: 0 });
    expect(next.freeSlots).toEqual({ 'p-fuji': 1, 'p-sakura': 4 });
    expect(state.rows[0].partner).toEqual(sakura);
  });

  it('does not mark a row edited when the same firm and lead are chosen again', () => {
    const next = proposalReducer(state, {
      type: 'place',
      customer: customer('c1'),
      partner: sakura,
      lead: lead('l1'),
      fit: 90.5,
      freeSlots: {},
    });
    expect(next.rows[0].edited).toBe(false);
  });

  it('moves an unmatched customer into the batch at the end', () => {
    const next = proposalReducer(state, {
      type: 'place',
      customer: customer('c4'),
      partner: fuji,
      lead: lead('l3'),
      fit: 40,
      freeSlots: {},
    });
    expect(next.rows.map((r) => [r.customer.id, r.position, r.edited])).toEqual([
      ['c1', 0, false],
      ['c2', 1, false],
      ['c3', 2, false],
      ['c4', 3, true],
    ]);
    expect(next.unmatched.map((u) => u.customer.id)).toEqual(['c5']);
  });

  it('records a failure and clears it once that row is removed or changed, not for another row', () => {
    const failed = proposalReducer(state, { type: 'failed', customerId: 'c3', row: 3, message: 'Row 3: full' });
    expect(failed.failure).toEqual({ customerId: 'c3', row: 3, message: 'Row 3: full' });
    expect(proposalReducer(failed, { type: 'remove', customerId: 'c1' }).failure).not.toBeNull();
    expect(proposalReducer(failed, { type: 'remove', customerId: 'c3' }).failure).toBeNull();
    const changed = proposalReducer(failed, {
      type: 'place',
      customer: customer('c3'),
      partner: sakura,
      lead: lead('l1'),
      fit: 50,
      freeSlots: {},
    });
    expect(changed.failure).toBeNull();
    expect(proposalReducer(failed, { type: 'clearFailure' }).failure).toBeNull();
  });
});

describe('totals and ratio', () => {
  it('sums the fit of the rows as they stand', () => {
    const state = initialProposal(payload);
    expect(totalFit(state.rows)).toBe(240.5);
    expect(totalFit(proposalReducer(state, { type: 'remove', customerId: 'c1' }).rows)).toBe(150);
    expect(totalFit([])).toBe(0);
  });

  it('compares the proposal with the greedy pick', () => {
    expect(fitRatio(240.5, 220)).toBeCloseTo(1.09318, 4);
    expect(fitRatio(10, 0)).toBeNull();
    expect(formatRatio(fitRatio(240.5, 220), 'en')).toBe('109.3%');
    expect(formatRatio(1, 'en')).toBe('100.0%');
    expect(formatRatio(null, 'en')).toBe('—');
    expect(formatRatio(null, 'en', 'n/a')).toBe('n/a');
  });
});

describe('firmLoads', () => {
  it('counts customers per firm against its free slots, learnt slots winning over the calendar', () => {
    const state = initialProposal(payload);
    expect(firmLoads(state.rows, { 'p-sakura': 5, 'p-fuji': 3 }, {})).toEqual([
      { partnerId: 'p-sakura', name: 'Sakura', count: 2, free: 5, over: false },
      { partnerId: 'p-fuji', name: 'Fuji', count: 1, free: 3, over: false },
    ]);
    expect(firmLoads(state.rows, { 'p-sakura': 5, 'p-fuji': 3 }, { 'p-sakura': 1 })[0]).toEqual({
      partnerId: 'p-sakura',
      name: 'Sakura',
      count: 2,
      free: 1,
      over: true,
    });
  });

  it('warns once an edit gives a firm more customers than its free slots', () => {
    let state = initialProposal(payload);
    state = proposalReducer(state, {
      type: 'place',
      customer: customer('c1'),
      partner: fuji,
      lead: lead('l3'),
      fit: 60,
      freeSlots: { 'p-fuji': 1 },
    });
    const loads = firmLoads(state.rows, { 'p-fuji': 9 }, state.freeSlots);
    expect(loads.find((l) => l.partnerId === 'p-fuji')).toMatchObject({ count: 2, free: 1, over: true });
    expect(loads.find((l) => l.partnerId === 'p-sakura')).toMatchObject({ count: 1, free: null, over: false });
  });
});

describe('batch helpers', () => {
  it('turns rows into the mutation items in the order shown', () => {
    const state = proposalReducer(initialProposal(payload), { type: 'remove', customerId: 'c2' });
    expect(batchItems(state.rows)).toEqual([
      { customerId: 'c1', partnerId: 'p-sakura', leadConsultantId: 'l1' },
      { customerId: 'c3', partnerId: 'p-fuji', leadConsultantId: 'l3' },
    ]);
  });

  it('reports progress as a bounded percentage', () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(25, 200)).toBe(13);
    expect(progressPercent(200, 200)).toBe(100);
    expect(progressPercent(250, 200)).toBe(100);
  });

  it('builds a version-4 UUID from random bytes', () => {
    const id = uuidFromBytes(new Uint8Array(16).fill(0xff));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidFromBytes(new Uint8Array(16))).toMatch(/^00000000-0000-4000-8000-000000000000$/);
  });
});

import {
  compareEscalations,
  lastMessageOf,
  priorityColor,
  priorityRank,
  sortEscalations,
  statusOf,
} from '../escalation-priority';

describe('escalation priority', () => {
  it('ranks HIGH before MEDIUM before LOW before none (resolved)', () => {
    expect(priorityRank('HIGH')).toBeLessThan(priorityRank('MEDIUM'));
    expect(priorityRank('MEDIUM')).toBeLessThan(priorityRank('LOW'));
    expect(priorityRank('LOW')).toBeLessThan(priorityRank(null));
  });

  it('colours HIGH red, MEDIUM orange, LOW and resolved gray', () => {
    expect(priorityColor('HIGH')).toBe('red');
    expect(priorityColor('MEDIUM')).toBe('orange');
    expect(priorityColor('LOW')).toBe('gray');
    expect(priorityColor(null)).toBe('gray');
  });

  it('knows open from resolved', () => {
    expect(statusOf({ resolvedAt: null })).toBe('open');
    expect(statusOf({})).toBe('open');
    expect(statusOf({ resolvedAt: '2026-05-01T00:00:00Z' })).toBe('resolved');
  });

  it('orders open ones by priority then age, then resolved ones latest first', () => {
    const list = [
      { id: 'r-old', createdAt: '2026-04-01T00:00:00Z', resolvedAt: '2026-04-02T00:00:00Z', priority: null },
      { id: 'low', createdAt: '2026-05-09T00:00:00Z', resolvedAt: null, priority: 'LOW' as const },
      { id: 'high-new', createdAt: '2026-05-05T00:00:00Z', resolvedAt: null, priority: 'HIGH' as const },
      { id: 'r-new', createdAt: '2026-04-05T00:00:00Z', resolvedAt: '2026-05-01T00:00:00Z', priority: null },
      { id: 'high-old', createdAt: '2026-05-01T00:00:00Z', resolvedAt: null, priority: 'HIGH' as const },
      { id: 'medium', createdAt: '2026-05-08T00:00:00Z', resolvedAt: null, priority: 'MEDIUM' as const },
    ];
    expect(sortEscalations(list).map((e) => e.id)).toEqual(['high-old', 'high-new', 'medium', 'low', 'r-new', 'r-old']);
    expect(list[0].id).toBe('r-old');
    expect(compareEscalations(list[1], list[1])).toBe(0);
  });

  it('finds the latest message', () => {
    expect(lastMessageOf({ messages: [{ id: 'a' }, { id: 'b' }] })).toEqual({ id: 'b' });
    expect(lastMessageOf({ messages: [] })).toBeNull();
  });
});

import { absoluteUrl, consultantState, groupByArea, partnerStatuses } from '../vocabulary';

describe('training vocabulary', () => {
  it('keeps PASSED from partners on role-play and OJT only', () => {
    expect(partnerStatuses('ONLINE_COURSE')).toContain('PASSED');
    expect(partnerStatuses('ROLE_PLAY')).not.toContain('PASSED');
    expect(partnerStatuses('OJT')).not.toContain('PASSED');
    expect(partnerStatuses('OJT')).toContain('COMPLETED');
  });

  it('derives a consultant state', () => {
    expect(consultantState({ active: false, userId: 'u' })).toBe('DEACTIVATED');
    expect(consultantState({ active: true, userId: null })).toBe('INVITED');
    expect(consultantState({ active: true, userId: 'u' })).toBe('ACTIVE');
  });

  it('groups consecutive items by product area', () => {
    const groups = groupByArea([
      { productArea: 'A', id: 1 },
      { productArea: 'A', id: 2 },
      { productArea: 'B', id: 3 },
    ]);
    expect(groups.map((g) => [g.area, g.items.length])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
  });

  it('completes a relative invitation link', () => {
    expect(absoluteUrl('/invitation/abc', 'http://x.test/')).toBe('http://x.test/invitation/abc');
    expect(absoluteUrl('https://y.test/i/1', 'http://x.test')).toBe('https://y.test/i/1');
  });
});

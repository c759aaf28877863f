import { EMPTY_AUDIT_FILTER, toAuditLogFilter } from '../audit-filter';

describe('toAuditLogFilter', () => {
  it('leaves blank fields out', () => {
    expect(toAuditLogFilter(EMPTY_AUDIT_FILTER)).toEqual({});
  });

  it('trims text and covers whole local days', () => {
    const filter = toAuditLogFilter({
      ...EMPTY_AUDIT_FILTER,
      action: ' user.create ',
      from: '2026-11-01',
      to: '2026-11-02',
    });
    expect(filter.action).toBe('user.create');
    expect(new Date(filter.from as string).getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(filter.to as string).getTime()).toBe(new Date(2026, 10, 2, 23, 59, 59, 999).getTime());
  });

  it('ignores malformed dates', () => {
    expect(toAuditLogFilter({ ...EMPTY_AUDIT_FILTER, from: 'yesterday' })).toEqual({});
  });
});

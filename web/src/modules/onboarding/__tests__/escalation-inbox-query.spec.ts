import {
  hasEscalationFilters,
  parseEscalationInboxQuery,
  toEscalationFilter,
  toEscalationInboxVariables,
  toEscalationSearchParams,
  toEscalationStatsFilter,
} from '../escalation-inbox-query';

const FIRM = '7d7f3f0e-6a0b-4c1e-9a57-1c2d3e4f5a6b';
const ESCALATION = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const parse = (search: string) => parseEscalationInboxQuery(new URLSearchParams(search));

describe('escalation inbox URL state', () => {
  it('defaults to the open escalations of every firm and category, first page', () => {
    const query = parse('');
    expect(query).toEqual({ status: 'open', partnerId: null, category: null, page: 1, take: 25, selectedId: null });
    expect(toEscalationInboxVariables(query)).toEqual({ filter: { open: true }, skip: 0, take: 25 });
    expect(hasEscalationFilters(query)).toBe(false);
  });

  it('reads status, firm, category, page, size and the open conversation', () => {
    const query = parse(`status=resolved&partner=${FIRM}&category=DEFECT&page=3&take=50&escalation=${ESCALATION}`);
    expect(query).toEqual({
      status: 'resolved',
      partnerId: FIRM,
      category: 'DEFECT',
      page: 3,
      take: 50,
      selectedId: ESCALATION,
    });
    expect(toEscalationInboxVariables(query)).toEqual({
      filter: { open: false, partnerId: FIRM, category: 'DEFECT' },
      skip: 100,
      take: 50,
    });
    expect(hasEscalationFilters(query)).toBe(true);
  });

  it('leaves out the open flag when showing all', () => {
    expect(toEscalationFilter(parse('status=all&category=OTHER'))).toEqual({ category: 'OTHER' });
    expect(hasEscalationFilters(parse('status=all'))).toBe(true);
  });

  it('drops unknown values', () => {
    expect(parse('status=closed&partner=acme&category=URGENT&page=-2&take=7&escalation=1')).toEqual(parse(''));
    expect(parse('page=2.5').page).toBe(1);
  });

  it('writes back only what differs from the defaults (round trip)', () => {
    expect(toEscalationSearchParams(parse('')).toString()).toBe('');
    const search = `status=all&partner=${FIRM}&category=DATA_PROBLEM&page=2&take=100&escalation=${ESCALATION}`;
    expect(toEscalationSearchParams(parse(search)).toString()).toBe(search);
  });

  it('gives the stats the firm and category but not the status', () => {
    expect(toEscalationStatsFilter(parse(`status=resolved&partner=${FIRM}&category=DEFECT`))).toEqual({
      partnerId: FIRM,
      category: 'DEFECT',
    });
    expect(toEscalationStatsFilter(parse(''))).toEqual({});
  });
});

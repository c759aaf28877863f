import {
  cohortMonths,
  hasProjectFilters,
  healthCountFilters,
  parseProjectListQuery,
  toProjectFilter,
  toProjectSearchParams,
  toProjectsVariables,
} from '../project-list-query';

const PARTNER = '3f0c1c9e-8d53-4b8f-9d0c-6f1f7b8a2c11';

describe('project list URL state', () => {
  it('reads defaults from an empty URL', () => {
    const query = parseProjectListQuery(new URLSearchParams());
    expect(query).toEqual({ partnerId: null, health: null, phase: null, cohortMonth: null, page: 1, take: 25 });
    expect(toProjectsVariables(query)).toEqual({ filter: {}, skip: 0, take: 25 });
    expect(hasProjectFilters(query)).toBe(false);
    expect(toProjectSearchParams(query).toString()).toBe('');
  });

  it('turns the URL into the API filter and the page slice', () => {
    const query = parseProjectListQuery(
      new URLSearchParams(`partner=${PARTNER}&health=AT_RISK&phase=3&cohort=2026-05&page=3&take=50`),
    );
    expect(query).toEqual({
      partnerId: PARTNER,
      health: 'AT_RISK',
      phase: 3,
      cohortMonth: '2026-05',
      page: 3,
      take: 50,
    });
    expect(toProjectsVariables(query)).toEqual({
      filter: { partnerId: PARTNER, health: 'AT_RISK', phase: 3, cohortMonth: '2026-05' },
      skip: 100,
      take: 50,
    });
    expect(hasProjectFilters(query)).toBe(true);
  });

  it('drops values the API would refuse', () => {
    const query = parseProjectListQuery(
      new URLSearchParams('partner=not-a-uuid&health=GREAT&phase=0&cohort=2026-13&page=-2&take=7'),
    );
    expect(query).toEqual({ partnerId: null, health: null, phase: null, cohortMonth: null, page: 1, take: 25 });
    expect(parseProjectListQuery(new URLSearchParams('phase=2.5')).phase).toBeNull();
    expect(parseProjectListQuery(new URLSearchParams('phase=13')).phase).toBeNull();
  });

  it('writes back what it reads (round trip), defaults left out', () => {
    const url = `partner=${PARTNER}&health=OVERDUE&phase=6&cohort=2025-12&page=2&take=100`;
    expect(toProjectSearchParams(parseProjectListQuery(new URLSearchParams(url))).toString()).toBe(url);
    expect(toProjectSearchParams({ ...parseProjectListQuery(new URLSearchParams()), phase: 1 }).toString()).toBe(
      'phase=1',
    );
  });

  it('keeps only the set criteria in the filter', () => {
    const query = parseProjectListQuery(new URLSearchParams('health=CHURNED'));
    expect(toProjectFilter(query)).toEqual({ health: 'CHURNED' });
  });
});

describe('health summary filters', () => {
  it('counts each health under the other criteria, whatever health is selected', () => {
    const filters = healthCountFilters({ partnerId: PARTNER, health: 'AT_RISK', phase: 2 });
    expect(Object.keys(filters).sort()).toEqual(['AT_RISK', 'CHURNED', 'COMPLETED', 'ON_TRACK', 'OVERDUE']);
    expect(filters.ON_TRACK).toEqual({ partnerId: PARTNER, phase: 2, health: 'ON_TRACK' });
    expect(filters.CHURNED).toEqual({ partnerId: PARTNER, phase: 2, health: 'CHURNED' });
    expect(healthCountFilters({}).OVERDUE).toEqual({ health: 'OVERDUE' });
  });
});

describe('cohort months', () => {
  it('offers this month and the previous 11, newest first', () => {
    const months = cohortMonths(new Date(2026, 2, 15));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-03');
    expect(months[1]).toBe('2026-02');
    expect(months[3]).toBe('2025-12');
    expect(months[11]).toBe('2025-04');
  });

  it('keeps an older month the URL chose', () => {
    const months = cohortMonths(new Date(2026, 2, 15), '2024-01');
    expect(months).toHaveLength(13);
    expect(months[12]).toBe('2024-01');
    expect(cohortMonths(new Date(2026, 2, 15), '2026-01')).toHaveLength(12);
  });
});

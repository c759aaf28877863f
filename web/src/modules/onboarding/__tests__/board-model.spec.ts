import {
  boardFilterFromParams,
  boardFilterToParams,
  buildColumns,
  columnOf,
  completedOn,
  daysFrom,
  dueSoon,
  dueText,
  filterProjects,
  healthCounts,
  leadOptions,
  sameFilter,
  showsChurned,
  type BoardProjectLike,
} from '../board-model';

const TODAY = '2026-11-20';

const TEMPLATE = [
  { position: 1, nameEn: 'Kickoff', nameJa: 'キックオフ', dueDay: 7 },
  { position: 2, nameEn: 'Requirements', nameJa: '要件定義', dueDay: 21 },
  { position: 3, nameEn: 'Go-live', nameJa: '本番稼働', dueDay: 90 },
];

const lead = (id: string) => ({ id, displayName: id === 'c1' ? '鈴木 一郎' : 'Emma Clark' });

function project(
  id: string,
  health: BoardProjectLike['health'],
  current: { position: number; dueDate: string } | null,
  leadId = 'c1',
  done: string[] = [],
): BoardProjectLike {
  return {
    id,
    health,
    startDate: '2026-10-01',
    currentPhase: current
      ? { ...current, nameEn: `Phase ${current.position}`, nameJa: `フェーズ${current.position}` }
      : null,
    phases: done.map((d, i) => ({ position: i + 1, completedOn: d, dueDate: d })),
    customer: { id: `cust-${id}`, companyName: `Company ${id}` },
    leadConsultant: lead(leadId),
  };
}

const PROJECTS = [
  project('a', 'ON_TRACK', { position: 1, dueDate: '2026-11-30' }),
  project('b', 'OVERDUE', { position: 2, dueDate: '2026-11-15' }, 'c2'),
  project('c', 'AT_RISK', { position: 2, dueDate: '2026-11-22' }),
  project('d', 'COMPLETED', null, 'c2', ['2026-10-05', '2026-11-02']),
  project('e', 'CHURNED', { position: 1, dueDate: '2026-11-10' }),
  project('f', 'ON_TRACK', { position: 2, dueDate: '2026-11-27' }, 'c2'),
];

describe('board dates', () => {
  it('counts whole UTC days and says due in / today / late', () => {
    expect(daysFrom(TODAY, '2026-11-27')).toBe(7);
    expect(daysFrom(TODAY, '2026-11-17')).toBe(-3);
    expect(daysFrom('2026-10-24', '2026-11-03')).toBe(10); // across the end of summer time elsewhere
    expect(dueText('2026-11-23', TODAY)).toEqual({ kind: 'dueIn', days: 3 });
    expect(dueText(TODAY, TODAY)).toEqual({ kind: 'dueToday' });
    expect(dueText('2026-11-18', TODAY)).toEqual({ kind: 'late', days: 2 });
  });
});

describe('board columns', () => {
  it('puts a project in its current phase, completed ones in done and churned ones apart', () => {
    expect(PROJECTS.map(columnOf)).toEqual([1, 2, 2, 'done', 'churned', 2]);
    expect(completedOn(PROJECTS[3])).toBe('2026-11-02');
    expect(completedOn(PROJECTS[0])).toBeNull();
  });

  it('has one column per template phase plus done; churned only when shown', () => {
    const columns = buildColumns(
      TEMPLATE,
      filterProjects(PROJECTS, { health: null, lead: null, showChurned: false }),
      false,
    );
    expect(columns.map((c) => c.key)).toEqual([1, 2, 3, 'done']);
    expect(columns.map((c) => c.projects.map((p) => p.id))).toEqual([['a'], ['b', 'c', 'f'], [], ['d']]);
    expect(columns[0].phase).toEqual({ nameEn: 'Kickoff', nameJa: 'キックオフ', dueDay: 7 });
    expect(columns[3].phase).toBeNull();
    const all = buildColumns(TEMPLATE, PROJECTS, true);
    expect(all.map((c) => c.key)).toEqual([1, 2, 3, 'done', 'churned']);
    expect(all[4].projects.map((p) => p.id)).toEqual(['e']);
  });

  it('adds a column for a phase only an older, longer template version has', () => {
    const old = project('g', 'ON_TRACK', { position: 5, dueDate: '2026-12-20' });
    const columns = buildColumns(TEMPLATE, [old], false);
    expect(columns.map((c) => c.key)).toEqual([1, 2, 3, 5, 'done']);
    expect(columns[3].phase).toEqual({ nameEn: 'Phase 5', nameJa: 'フェーズ5', dueDay: null });
  });
});

describe('board filters', () => {
  it('filters by health and lead; hides churned unless shown or asked for', () => {
    const ids = (f: Parameters<typeof filterProjects>[1]) => filterProjects(PROJECTS, f).map((p) => p.id);
    expect(ids({ health: null, lead: null, showChurned: false })).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect(ids({ health: null, lead: null, showChurned: true })).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids({ health: 'ON_TRACK', lead: null, showChurned: false })).toEqual(['a', 'f']);
    expect(ids({ health: null, lead: 'c2', showChurned: false })).toEqual(['b', 'd', 'f']);
    expect(ids({ health: 'CHURNED', lead: null, showChurned: false })).toEqual(['e']);
    expect(showsChurned({ health: 'CHURNED', lead: null, showChurned: false })).toBe(true);
    expect(showsChurned({ health: null, lead: null, showChurned: false })).toBe(false);
  });

  it('lists the leads by name, once each, and counts healths', () => {
    expect(leadOptions(PROJECTS)).toEqual([
      { value: 'c2', label: 'Emma Clark' },
      { value: 'c1', label: '鈴木 一郎' },
    ]);
    expect(healthCounts(PROJECTS)).toEqual({ ON_TRACK: 2, AT_RISK: 1, OVERDUE: 1, COMPLETED: 1, CHURNED: 1 });
  });

  it('reads and writes the filter in the URL, ignoring unknown values', () => {
    expect(boardFilterFromParams(new URLSearchParams('health=AT_RISK&lead=c1&churned=1'))).toEqual({
      health: 'AT_RISK',
      lead: 'c1',
      showChurned: true,
    });
    expect(boardFilterFromParams(new URLSearchParams('health=LATE'))).toEqual({
      health: null,
      lead: null,
      showChurned: false,
    });
    expect(boardFilterToParams({ health: 'OVERDUE', lead: null, showChurned: false })).toEqual({ health: 'OVERDUE' });
    const f = { health: 'OVERDUE' as const, lead: 'c1', showChurned: true };
    expect(sameFilter(f, boardFilterFromParams(new URLSearchParams(boardFilterToParams(f))))).toBe(true);
    expect(sameFilter(f, { ...f, showChurned: false })).toBe(false);
  });
});

describe('due soon', () => {
  it('lists open projects due within 7 days or overdue, soonest first', () => {
    expect(dueSoon(PROJECTS, TODAY).map((p) => p.id)).toEqual(['b', 'c', 'f']);
    expect(dueSoon(PROJECTS, TODAY, 10).map((p) => p.id)).toEqual(['b', 'c', 'f', 'a']);
  });
});

import {
  evidenceFromRows,
  finishedOn,
  monthsOf,
  tierEvidence,
  tierEvidenceRows,
  tierMet,
  unmetThresholds,
  type EvidenceProject,
  type TierRule,
} from '../kpi';

const phases = (due: string[], done: (string | null)[]) =>
  due.map((dueDate, i) => ({ position: i + 1, dueDate, completedOn: done[i] ?? null }));

const project = (id: string, over: Partial<EvidenceProject>): EvidenceProject => ({
  id,
  customerId: `c-${id}`,
  startDate: '2026-07-01',
  phases: phases(['2026-07-10', '2026-08-10'], ['2026-07-09', '2026-08-12']),
  escalations: 0,
  reopened: false,
  ...over,
});

const input = {
  from: '2026-07-01',
  to: '2026-09-30',
  today: '2026-10-15',
  activationThreshold: 60,
  projects: [
    project('a', {}),
    project('b', { escalations: 2 }),
    project('c', { reopened: true, phases: phases(['2026-07-10', '2026-08-10'], ['2026-07-10', null]) }),
    project('d', { startDate: '2026-05-01', phases: phases(['2026-05-10'], ['2026-05-10']) }),
  ],
  snapshots: [
    { customerId: 'c-a', takenOn: '2026-08-01', utilization: 70 },
    { customerId: 'c-a', takenOn: '2026-08-20', utilization: 40 },
    { customerId: 'c-b', takenOn: '2026-08-13', utilization: 65 },
  ],
  offers: [
    { month: '2026-07', slotsOffered: 4 },
    { month: '2026-08', slotsOffered: 2 },
    { month: '2026-08', slotsOffered: 2 },
  ],
};

describe('tier evidence', () => {
  it('measures both axes over the period from the rows', () => {
    const e = tierEvidence(input);
    // Phases due Jul–Sep and decided: a×2, b×2, c×2 (c's second open past due); on time: a1, b1, c1.
    expect(e.phasesDecided).toBe(6);
    expect(e.onTimeRate).toBe(0.5);
    expect(e.projectsStarted).toBe(3);
    expect(e.escalationsPerProject).toBeCloseTo(2 / 3);
    // Finished in the period: a and b (c is open, d finished in May); only a had no escalation.
    expect(e.projectsFinished).toBe(2);
    expect(e.autonomousShare).toBe(0.5);
    // At the end (Aug 12): a's last report before it is 70, b's only report came after it → below.
    expect(e.valueShare).toBe(0.5);
    // Offers 4, 4, 0 over Jul–Sep.
    expect(e.meanSlots).toBeCloseTo(8 / 3);
    expect(e.slotStability).toBeCloseTo(1 - Math.sqrt(((4 - 8 / 3) ** 2 * 2 + (8 / 3) ** 2) / 3) / (8 / 3));
  });

  it('knows when a project finished and which months a period spans', () => {
    expect(finishedOn(phases(['2026-07-10', '2026-08-10'], ['2026-07-09', '2026-08-12']))).toBe('2026-08-12');
    expect(finishedOn(phases(['2026-07-10'], [null]))).toBeNull();
    expect(monthsOf('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('meets the highest tier whose thresholds and those below are all met, and says by how much the next is missed', () => {
    const none = {
      onTimeRate: null,
      escalationsPerProject: null,
      autonomousShare: null,
      valueShare: null,
      meanSlots: null,
      slotStability: null,
    };
    const rules: TierRule[] = [
      { tier: 1, thresholds: none },
      { tier: 2, thresholds: { ...none, onTimeRate: 0.5, escalationsPerProject: 1 } },
      { tier: 3, thresholds: { ...none, onTimeRate: 0.8, meanSlots: 3 } },
    ];
    const e = tierEvidence(input);
    expect(tierMet(e, rules)).toBe(2);
    expect(unmetThresholds(e, rules[2])).toEqual([
      { component: 'onTimeRate', required: 0.8, actual: 0.5, gap: expect.closeTo(0.3) },
      { component: 'meanSlots', required: 3, actual: 8 / 3, gap: expect.closeTo(1 / 3) },
    ]);
    expect(tierMet({ ...e, escalationsPerProject: 1.5 }, rules)).toBe(1);
    expect(tierMet({ ...e, escalationsPerProject: null }, rules)).toBe(1);
  });
});

describe('tier evidence rows', () => {
  it('list what each project contributes, and their totals rebuild the evidence', () => {
    const rows = tierEvidenceRows(input);
    expect(rows.projects.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(rows.projects[0]).toMatchObject({
      phasesDecided: 2,
      phasesOnTime: 1,
      finishedOn: '2026-08-12',
      autonomous: true,
      utilizationAtEnd: 70,
      valueDelivered: true,
    });
    expect(rows.projects[2]).toMatchObject({ finishedInPeriod: false, autonomous: null, valueDelivered: null });
    expect(rows.months).toEqual([
      { month: '2026-07', slotsOffered: 4 },
      { month: '2026-08', slotsOffered: 4 },
      { month: '2026-09', slotsOffered: 0 },
    ]);
    expect(evidenceFromRows(rows)).toEqual(tierEvidence(input));
  });

  it('rebuild the evidence on generated rows', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let run = 0; run < 200; run++) {
      const projects = Array.from({ length: 1 + rnd(12) }, (_, i) => {
        const start = `2026-0${3 + rnd(6)}-1${rnd(9)}`;
        const due = [`2026-0${4 + rnd(5)}-0${1 + rnd(9)}`, `2026-0${5 + rnd(5)}-2${rnd(9)}`];
        return project(`p${i}`, {
          startDate: start,
          escalations: rnd(3),
          reopened: rnd(5) === 0,
          phases: phases(
            due,
            due.map((d) => (rnd(4) === 0 ? null : `${d.slice(0, 8)}0${1 + rnd(9)}`)),
          ),
        });
      });
      const generated = {
        ...input,
        projects,
        snapshots: projects.flatMap((p) =>
          Array.from({ length: rnd(4) }, () => ({
            customerId: p.customerId,
            takenOn: `2026-0${5 + rnd(5)}-1${rnd(9)}`,
            utilization: rnd(101),
          })),
        ),
        offers: [
          { month: '2026-07', slotsOffered: rnd(6) },
          { month: '2026-09', slotsOffered: rnd(6) },
        ],
      };
      const expected = tierEvidence(generated);
      const rebuilt = evidenceFromRows(tierEvidenceRows(generated));
      for (const [key, value] of Object.entries(expected))
        value === null
          ? expect(rebuilt[key as keyof typeof rebuilt]).toBeNull()
          : expect(rebuilt[key as keyof typeof rebuilt]).toBeCloseTo(value, 9);
    }
  });
});

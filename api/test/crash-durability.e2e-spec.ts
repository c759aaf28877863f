import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../src/audit/audit-chain';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/prepare-database';
import { createDatabase, dropDatabase } from '../src/database/scratch-database';
import { ApiServer, freePort } from '../src/scripts/workload/api-server';
import { seededRandom } from '../src/bench/seeded-random';
import { WorkloadClient } from '../src/scripts/workload/workload-client';
import { prepareWorkload, type WorkloadData } from '../src/scripts/workload/workload-data';
import { createFixtures, PASSWORD } from './support/fixtures';
import { CrashLedger } from './support/crash/crash-ledger';
import { AssignLane, type Lane, PhaseLane, UsageLane } from './support/crash/crash-lanes';
import { runCrashRounds } from './support/crash/crash-rounds';
import { type DurableState, readDurableState } from './support/crash/durable-state';

/**
 * Crash durability of the built server (`node dist/main.js`, as in production): several clients
 * write steadily (assignments and cancellations, phase completions, usage reports) while the
 * process is SIGKILLed at random moments and restarted, five times. Whatever a client was told
 * succeeded must be in the database, whole, with exactly one audit entry; what was cut off in
 * flight may have committed or not, but never by half; capacity and the audit chain still hold.
 */
const MAIN_JS = resolve(__dirname, '..', 'dist', 'main.js');
const ROUNDS = 5;
const SEED = Number(process.env.BATON_CRASH_SEED ?? Date.now() % 2 ** 31);
const LANES = { assign: 4, phase: 3, usage: 2 };
const PER_ASSIGN_LANE = 150;
const PER_PHASE_LANE = 40;

const serverUrl = process.env.BATON_TEST_SERVER_URL!;
const dbName = `baton_t_crash_${randomBytes(6).toString('hex')}`;
let db: DataSource;
let server: ApiServer;
let data: WorkloadData;
let lanes: Lane[];
const ledger = new CrashLedger();
let state: DurableState;

const slices = <T>(items: T[], n: number) => Array.from({ length: n }, (_, i) => items.filter((_, j) => j % n === i));
const ids = (m: Map<string, unknown>) => [...m.keys()];
const sorted = (xs: Iterable<string>) => [...xs].sort();

beforeAll(async () => {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: build the API first (npm run build -w @baton/api)`);
  const databaseUrl = await createDatabase(serverUrl, dbName);
  await runMigrations(databaseUrl);
  db = new DataSource(dataSourceOptions(databaseUrl));
  await db.initialize();
  const fx = await createFixtures(db);
  data = await prepareWorkload(
    db,
    {
      partnerId: fx.partnerA.id,
      vendorEmail: fx.users.vendorStaff.email,
      partnerAdminEmail: fx.users.partnerAAdmin.email,
      password: PASSWORD,
    },
    { queuedCustomers: LANES.assign * PER_ASSIGN_LANE, projects: LANES.phase * PER_PHASE_LANE },
  );

  server = new ApiServer({ mainJs: MAIN_JS, databaseUrl, port: await freePort() });
  await server.start();
  const random = seededRandom(SEED);
  const signedIn = async (email: string) => {
    const client = new WorkloadClient(server.url);
    await client.signIn(email, PASSWORD);
    return client;
  };
  lanes = [
    ...(await Promise.all(
      slices(data.queuedCustomerIds, LANES.assign).map(
        async (customers) => new AssignLane(await signedIn(data.actors.vendorEmail), ledger, data, customers, random),
      ),
    )),
    ...(await Promise.all(
      slices(data.projects, LANES.phase).map(
        async (projects) => new PhaseLane(await signedIn(data.actors.partnerAdminEmail), ledger, projects),
      ),
    )),
    ...slices(
      data.projects.map((p) => p.customerId),
      LANES.usage,
    ).map(
      (customers) =>
        new UsageLane(new WorkloadClient(server.url, data.integrationKey.secret), ledger, customers, random),
    ),
  ];

  await runCrashRounds({ server, lanes, ledger, random, rounds: ROUNDS, killAfterMs: [200, 1500] });
  state = await readDurableState(db, data);
  console.log(
    `crash durability (seed ${SEED}): acknowledged ${JSON.stringify(ledger.count(ledger.acknowledged))}, ` +
      `unanswered ${JSON.stringify(ledger.count(ledger.uncertain))}, of which committed (retry) ` +
      `${JSON.stringify(ledger.count(ledger.committedUnanswered))}; in flight at the kills ${ledger.inFlightAtKill.join(',')}`,
  );
}, 150_000);

afterAll(async () => {
  await server?.kill();
  if (db?.isInitialized) await db.destroy();
  await dropDatabase(serverUrl, dbName);
});

describe(`${ROUNDS} SIGKILLs under a steady write load`, () => {
  it('successful: the kills landed mid-load and every client got only the answers it expected', () => {
    expect(ledger.unexpected).toEqual([]);
    expect(ledger.inFlightAtKill.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (const n of Object.values(ledger.count(ledger.acknowledged))) expect(n).toBeGreaterThan(0);
  });

  it('successful: sessions live in the database, so every signed-in client is still signed in after the restarts', async () => {
    for (const lane of lanes.filter((l) => l.client.cookie)) {
      const res = await lane.client.request<{ me: { email: string } | null }>(`{ me { email } }`);
      expect(res.data?.me?.email).toBeDefined();
    }
  });

  it('successful: every assignment is whole: in the log once, its customer claimed, its cancellation freeing it', () => {
    const byId = new Map(state.assignments.map((a) => [a.id, a]));
    for (const [customerId, ack] of ledger.acknowledged.assign) {
      expect(byId.get(ack.assignmentId as string)?.customerId).toBe(customerId);
    }
    // Committed = acknowledged + those whose retry found them done: no more, no less.
    expect(sorted(state.assignments.map((a) => a.customerId))).toEqual(
      sorted([...ids(ledger.acknowledged.assign), ...ids(ledger.committedUnanswered.assign)]),
    );
    for (const a of state.assignments) {
      expect(state.auditCount.get(`assignment.assign ${a.id}`)).toBe(1);
      expect([a.status, a.customerHeldBy]).toEqual(
        a.status === 'ACTIVE' ? ['ACTIVE', data.actors.partnerId] : ['CANCELLED', null],
      );
      expect(state.auditCount.get(`assignment.cancel ${a.id}`)).toBe(a.status === 'CANCELLED' ? 1 : undefined);
    }
    const cancelled = state.assignments.filter((a) => a.status === 'CANCELLED').map((a) => a.id);
    expect(sorted(cancelled)).toEqual(
      sorted([...ids(ledger.acknowledged.cancel), ...ids(ledger.committedUnanswered.cancel)]),
    );
    // One entry per committed mutation: as many entries as rows, at least as many as acknowledgements.
    expect(state.auditTotal.get('assignment.assign')).toBe(state.assignments.length);
    expect(state.auditTotal.get('assignment.cancel') ?? 0).toBe(cancelled.length);
    expect(state.assignments.length).toBeGreaterThanOrEqual(ledger.acknowledged.assign.size);
  });

  it('successful: every phase completion is whole: completed, in the log once, on the timeline', () => {
    const completed = state.completedPhases.map((p) => p.id);
    expect(sorted(completed)).toEqual(
      sorted([...ids(ledger.acknowledged.completePhase), ...ids(ledger.committedUnanswered.completePhase)]),
    );
    for (const id of completed) expect(state.auditCount.get(`project.completePhase ${id}`)).toBe(1);
    expect(state.auditTotal.get('project.completePhase')).toBe(completed.length);
    const perProject = new Map<string, number>();
    for (const p of state.completedPhases) perProject.set(p.projectId, (perProject.get(p.projectId) ?? 0) + 1);
    expect(state.phaseEvents).toEqual(perProject);
  });

  it('successful: every acknowledged usage report is stored, and each stored one has exactly one audit entry', () => {
    const rows = new Map(state.usageRows.map((r) => [r.key, r]));
    for (const [key, ack] of ledger.acknowledged.reportUsage) {
      expect(rows.get(key)).toEqual({ key, utilization: ack.utilization, source: 'API' });
    }
    // Cut-off reports may or may not be there; nothing else may be.
    for (const key of rows.keys()) {
      expect(ledger.acknowledged.reportUsage.has(key) || ledger.uncertain.reportUsage.has(key)).toBe(true);
    }
    expect(state.usageReportsCreated).toHaveLength(state.usageRows.length);
    expect(state.usageReportsCreated.every((created) => created === 1)).toBe(true);
    expect(state.usageRows.length).toBeGreaterThanOrEqual(ledger.acknowledged.reportUsage.size);
  });

  it('successful: capacity holds: slots consumed = assignments holding one, never above the offer', () => {
    expect(state.plans.length).toBeGreaterThan(0);
    for (const plan of state.plans) {
      expect(plan.consumed).toBe(plan.holding);
      expect(plan.consumed).toBeLessThanOrEqual(plan.offered);
    }
  });

  it('successful: the audit hash chain holds across the kills', async () => {
    const { entries, firstBreak } = await verifyAuditChain(db.manager);
    expect(firstBreak).toBeNull();
    expect(entries).toBeGreaterThanOrEqual(state.assignments.length + state.completedPhases.length);
  });
});

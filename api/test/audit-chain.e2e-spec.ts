import { verifyAuditChain } from '../src/audit/audit-chain';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
let admin: GraphQLClient;

beforeAll(async () => {
  env = await createTestEnvironment();
  admin = await env.clientAs('vendorAdmin');
  for (let i = 0; i < 12; i++)
    await admin.request(`mutation ($f: Int!) { updateStatementSettings(input: { baseFee: $f }) { baseFee } }`, {
      f: 100000 + i,
    });
}, 120_000);
afterAll(() => env.close());

const positions = async (): Promise<number[]> =>
  (await env.db.query(`SELECT seq::int AS seq FROM audit_log_entry ORDER BY seq`)).map((r: { seq: number }) => r.seq);

describe('the audit hash chain', () => {
  it('numbers every entry 1, 2, … and every link holds', async () => {
    const seqs = await positions();
    expect(seqs.length).toBeGreaterThanOrEqual(12);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(await verifyAuditChain(env.db.manager)).toEqual({ entries: seqs.length, firstBreak: null });
  });

  it('concurrent writers append one after the other: the chain does not fork', async () => {
    const clients = await Promise.all([env.clientAs('vendorAdmin'), env.clientAs('vendorAdmin')]);
    const before = (await positions()).length;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        clients[i % 2].request<{ updateStatementSettings: { baseFee: number } }>(
          `mutation ($f: Int!) { updateStatementSettings(input: { baseFee: $f }) { baseFee } }`,
          { f: 200000 + i },
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const seqs = await positions();
    expect(seqs.length).toBe(before + 40);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect((await verifyAuditChain(env.db.manager)).firstBreak).toBeNull();
  });

  it('the verifier catches every random edit, deletion and reordering made directly in the database', async () => {
    let seed = 42;
    const rnd = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const total = (await positions()).length;
    const TAMPERINGS = [
      // An edited field of one entry: that entry's hash no longer matches.
      (k: number) => [`UPDATE audit_log_entry SET action = action || '!' WHERE seq = ${k}`, k],
      (k: number) => [`UPDATE audit_log_entry SET after = '{"baseFee": 1}' WHERE seq = ${k}`, k],
      (k: number) => [`UPDATE audit_log_entry SET at = at - interval '1 second' WHERE seq = ${k}`, k],
      // A deleted entry: a position is missing (the newest: the head no longer matches).
      (k: number) => [`DELETE FROM audit_log_entry WHERE seq = ${k}`, k === total ? total : k + 1],
      // Two entries swapped: the earlier position now holds the wrong link or content.
      (k: number) => {
        const j = k === total ? k - 1 : k + 1;
        const [a, b] = [Math.min(k, j), Math.max(k, j)];
        return [
          `UPDATE audit_log_entry SET seq = -1 WHERE seq = ${a};
           UPDATE audit_log_entry SET seq = ${a} WHERE seq = ${b};
           UPDATE audit_log_entry SET seq = ${b} WHERE seq = -1`,
          a,
        ];
      },
    ] as const;
    let caught = 0;
    const runs = 100;
    for (let run = 0; run < runs; run++) {
      const kind = rnd(TAMPERINGS.length);
      const [sql, expected] = TAMPERINGS[kind](1 + rnd(total));
      const qr = env.db.createQueryRunner();
      await qr.connect();
      await qr.startTransaction();
      try {
        // As someone with direct database access would: past the append-only trigger.
        await qr.query(`SET LOCAL session_replication_role = replica`);
        await qr.query(sql as string);
        const { firstBreak } = await verifyAuditChain(qr.manager);
        if (firstBreak && Number(firstBreak.seq) === expected) caught += 1;
        else throw new Error(`missed: ${sql} → ${JSON.stringify(firstBreak)} (expected ${expected})`);
      } finally {
        await qr.rollbackTransaction();
        await qr.release();
      }
    }
    expect(caught).toBe(runs);
    expect((await verifyAuditChain(env.db.manager)).firstBreak).toBeNull();
  });
});

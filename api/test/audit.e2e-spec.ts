import { Role } from '@baton/shared';
import { errorCode } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

const count = async (table: string) => Number((await env.db.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n);

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { __typename ... on ErrorResult { errorCode } } }`;
const input = (email: string, extra: Record<string, unknown> = {}) => ({
  input: { email, displayName: 'Someone', role: 'VENDOR_STAFF', password: 'long-enough-password', ...extra },
});

describe('one audit entry per committed mutation', () => {
  it('successful: a committed mutation leaves exactly one entry with actor, before/after and request id', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const before = await count('audit_log_entry');
    // A request id sent by the client is ignored: the server names its requests itself.
    const res = await admin.post(JSON.stringify({ query: CREATE, variables: input('audited@x.test') }), {
      'x-request-id': 'forged-request-id',
    });
    expect(res.data).toEqual({ createUser: { __typename: 'User' } });
    expect(await count('audit_log_entry')).toBe(before + 1);
    const [entry] = await env.db.query(`SELECT * FROM audit_log_entry ORDER BY at DESC LIMIT 1`);
    expect(entry).toMatchObject({
      action: 'user.create',
      entity_type: 'User',
      actor_id: env.fx.users.vendorAdmin.id,
      actor_email: 'admin@vendor.test',
      actor_role: 'VENDOR_ADMIN',
      request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      before: null,
    });
    expect(entry.after).toMatchObject({ email: 'audited@x.test', role: 'VENDOR_STAFF' });
    expect(JSON.stringify(entry.after)).not.toMatch(/password/i);
  });

  it('failing: a typed business error writes nothing — no row, no audit entry', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const [users, entries] = [await count('user'), await count('audit_log_entry')];
    const res = await admin.request(CREATE, input('orphan@x.test', { role: 'PARTNER_MEMBER' }));
    expect(res.data).toEqual({ createUser: { __typename: 'PartnerRequiredError', errorCode: 'PARTNER_REQUIRED' } });
    expect([await count('user'), await count('audit_log_entry')]).toEqual([users, entries]);
  });

  it('failing: a fault half-way rolls back what the mutation had already written', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const target = await env.fx.createUser(Role.VENDOR_STAFF);
    await (await env.clientAs('vendorStaff')).signIn(target.email, 'correct-horse-battery');
    const entries = await count('audit_log_entry');
    // deactivateUser writes the user first, then ends the sessions: make the second step fail.
    await env.db.query(`CREATE FUNCTION probe_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'probe failure'; END $$`);
    await env.db.query(`CREATE TRIGGER probe_fail BEFORE DELETE ON session FOR EACH ROW EXECUTE FUNCTION probe_fail()`);
    try {
      const res = await admin.request(`mutation ($id: ID!) { deactivateUser(id: $id) { __typename } }`, {
        id: target.id,
      });
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.raw).not.toMatch(/probe|trigger|\.ts:\d+/);
    } finally {
      await env.db.query(`DROP TRIGGER probe_fail ON session`);
      await env.db.query(`DROP FUNCTION probe_fail()`);
    }
    const [row] = await env.db.query(`SELECT active FROM "user" WHERE id = $1`, [target.id]);
    expect(row.active).toBe(true);
    expect(await count('audit_log_entry')).toBe(entries);
  });

  it('failing: invalid input writes nothing', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const entries = await count('audit_log_entry');
    const res = await admin.request(CREATE, input('not an email'));
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await count('audit_log_entry')).toBe(entries);
  });

  it('sign-in and sign-out are audited once each, as the signed-in user', async () => {
    const entries = await count('audit_log_entry');
    const staff = await env.clientAs('vendorStaff');
    await staff.request(`mutation { signOut }`);
    const rows = await env.db.query(`SELECT action, actor_email FROM audit_log_entry ORDER BY at DESC LIMIT 2`);
    expect(await count('audit_log_entry')).toBe(entries + 2);
    expect(rows).toEqual([
      { action: 'session.signOut', actor_email: 'staff@vendor.test' },
      { action: 'session.signIn', actor_email: 'staff@vendor.test' },
    ]);
  });
});

describe('append-only in the database', () => {
  it.each([
    ['UPDATE', `UPDATE audit_log_entry SET action = 'forged'`],
    ['DELETE', `DELETE FROM audit_log_entry`],
    ['TRUNCATE', `TRUNCATE audit_log_entry`],
  ])('failing: %s is refused by the trigger', async (_, sql) => {
    await expect(env.db.query(sql)).rejects.toThrow(/append-only/);
    expect(await count('audit_log_entry')).toBeGreaterThan(0);
  });
});

describe('browsing the audit log', () => {
  it('vendor admins and auditors filter it and export CSV', async () => {
    for (const actor of ['vendorAdmin', 'auditor'] as const) {
      const client = await env.clientAs(actor);
      const res = await client.request<{
        auditLog: { totalItems: number; items: { action: string; actorEmail: string }[] };
      }>(
        `{ auditLog(filter: { action: "user.create", actorEmail: "admin@vendor" }, take: 5) { totalItems items { action actorEmail } } }`,
      );
      expect(res.data?.auditLog.totalItems).toBeGreaterThanOrEqual(1);
      expect(
        res.data?.auditLog.items.every((e) => e.action === 'user.create' && e.actorEmail === 'admin@vendor.test'),
      ).toBe(true);
      const csv = await client.request<{ auditLogCsv: string }>(`{ auditLogCsv(filter: { entityType: "User" }) }`);
      const lines = csv.data!.auditLogCsv.trim().split('\r\n');
      expect(lines[0]).toBe('at,actorEmail,actorRole,action,entityType,entityId,before,after,requestId');
      expect(lines.length).toBeGreaterThan(1);
    }
  });

  it('filters by date range', async () => {
    const auditor = await env.clientAs('auditor');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const res = await auditor.request<{ auditLog: { totalItems: number } }>(
      `{ auditLog(filter: { from: "${future}" }) { totalItems } }`,
    );
    expect(res.data?.auditLog.totalItems).toBe(0);
  });

  it('failing: a page size over the cap is bad input', async () => {
    const res = await (await env.clientAs('auditor')).request(`{ auditLog(take: 1000) { totalItems } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'take', message: 'Page size must be at most 100.' },
    ]);
  });

  it('failing: vendor staff and partner users cannot read it', async () => {
    for (const actor of ['vendorStaff', 'partnerAAdmin'] as const) {
      const res = await (await env.clientAs(actor)).request(`{ auditLog { totalItems } }`);
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
  });
});

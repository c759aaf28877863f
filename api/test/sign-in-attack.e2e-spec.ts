import { createHash, randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Role } from '@baton/shared';
import { loadConfig } from '../src/config/app-config';
import { SESSION_COOKIE } from '../src/identity/session.service';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  THROTTLE_WINDOW_MINUTES,
} from '../src/identity/sign-in-throttle.service';
import { captureLogs, type LogCapture, openAllLogLevels } from './support/attacks/log-capture';
import {
  closeBotConnections,
  inParallel,
  postFrom,
  type SignInOutcome,
  signInFrom,
} from './support/attacks/sign-in-from';
import { tablesAsText, Transcript } from './support/attacks/transcript';
import { PASSWORD } from './support/fixtures';
import { errorCode, GraphQLClient, type GqlResponse } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let logs: LogCapture;
/** As in development and in tests: no proxy configured. */
let env: TestEnvironment;
/** As in production behind a load balancer: NODE_ENV=production, TRUST_PROXY=loopback. */
let proxied: TestEnvironment;
beforeAll(async () => {
  logs = captureLogs();
  const production = loadConfig({ NODE_ENV: 'production', TRUST_PROXY: 'loopback' });
  env = await createTestEnvironment();
  proxied = await createTestEnvironment({
    production: production.production,
    cookieSecure: production.cookieSecure,
    trustProxy: production.trustProxy,
  });
  openAllLogLevels();
});
afterAll(async () => {
  closeBotConnections();
  await env?.close();
  await proxied?.close();
  logs.restore();
});

const tally = (outcomes: SignInOutcome[]) => ({
  evaluated: outcomes.filter((o) => o !== 'TOO_MANY_ATTEMPTS').length,
  wrongPassword: outcomes.filter((o) => o === 'INVALID_CREDENTIALS').length,
  throttled: outcomes.filter((o) => o === 'TOO_MANY_ATTEMPTS').length,
  signedIn: outcomes.filter((o) => o === 'SignInSuccess').length,
});

describe(`credential stuffing: 1,000 attempts, at most ${MAX_FAILURES_PER_ACCOUNT} evaluated guesses per account per ${THROTTLE_WINDOW_MINUTES} minutes`, () => {
  // Each evaluated guess costs an argon2id verification: few accounts, many guesses each.
  const ACCOUNTS = 15;
  const PER_ACCOUNT = 50;
  /** The correct password, slipped in after the limit (the attacker found it in another leak). */
  const CORRECT_AT = [MAX_FAILURES_PER_ACCOUNT, PER_ACCOUNT - 1];
  const UNKNOWN = 50;
  const BOTS = 20;
  const bot = (i: number) => `127.0.0.${10 + (i % BOTS)}`;
  const LONE_BOT = '127.0.0.99';
  const LONE_ATTEMPTS = 200;

  let victims: string[];
  let botnet: { email: string; outcomes: SignInOutcome[] }[];
  let lone: SignInOutcome[];

  beforeAll(async () => {
    const roles = [Role.VENDOR_STAFF, Role.AUDITOR, Role.VENDOR_ADMIN];
    victims = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      const user =
        i % 4 === 3
          ? await env.fx.createUser(Role.PARTNER_MEMBER, env.fx.partnerA)
          : await env.fx.createUser(roles[i % roles.length]);
      victims.push(user.email);
    }
    // The botnet: every attempt from the next of 20 addresses, each account's guesses in order,
    // eight accounts or unknown addresses attacked at a time. 15 × 50 + 50 = 800 attempts, 40 per
    // address: below the address limit, so only the account limit can stop them.
    let n = 0;
    const streams = [
      ...victims.map((email) => ({
        email,
        attempts: Array.from({ length: PER_ACCOUNT }, (_, k) => ({
          password: CORRECT_AT.includes(k) ? PASSWORD : `leaked-guess-${k}`,
          address: bot(n++),
        })),
      })),
      ...Array.from({ length: UNKNOWN }, (_, i) => ({
        email: `nobody${i}@stuffing.test`,
        attempts: [{ password: 'Summer2026!', address: bot(n++) }],
      })),
    ];
    botnet = await inParallel(
      streams.map((s) => async () => {
        const outcomes: SignInOutcome[] = [];
        for (const a of s.attempts) outcomes.push(await signInFrom(env.url, a.address, s.email, a.password));
        return { email: s.email, outcomes };
      }),
      8,
    );
    // The lone bot: 200 unknown e-mail addresses from one IP address, eight at a time (a burst must not
    // overshoot the limit), each with a forged X-Forwarded-For: no proxy is configured, so the
    // header must count for nothing.
    lone = await inParallel(
      Array.from(
        { length: LONE_ATTEMPTS },
        (_, i) => () =>
          signInFrom(env.url, LONE_BOT, `sprayed${i}@stuffing.test`, 'Password1!', {
            'x-forwarded-for': `198.51.100.${i % 250}`,
          }),
      ),
      8,
    );
  });

  it('ran 1,000 attempts', () => {
    expect(botnet.flatMap((s) => s.outcomes).length + lone.length).toBe(1_000);
  });

  it(`each of the ${ACCOUNTS} accounts had exactly ${MAX_FAILURES_PER_ACCOUNT} guesses evaluated, the rest throttled — the correct password included`, () => {
    for (const email of victims) {
      const { outcomes } = botnet.find((s) => s.email === email)!;
      expect({ email, ...tally(outcomes) }).toEqual({
        email,
        evaluated: MAX_FAILURES_PER_ACCOUNT,
        wrongPassword: MAX_FAILURES_PER_ACCOUNT,
        throttled: PER_ACCOUNT - MAX_FAILURES_PER_ACCOUNT,
        signedIn: 0,
      });
      for (const k of CORRECT_AT) expect(outcomes[k]).toBe('TOO_MANY_ATTEMPTS');
    }
    const unknown = tally(botnet.filter((s) => !victims.includes(s.email)).flatMap((s) => s.outcomes));
    expect(unknown).toEqual({ evaluated: UNKNOWN, wrongPassword: UNKNOWN, throttled: 0, signedIn: 0 });
  });

  it('the sign_in_attempt table and the audit log agree with what the attacker saw', async () => {
    const wrongAnswers = tally([...botnet.flatMap((s) => s.outcomes), ...lone]).wrongPassword;
    const rows: { email: string; n: number }[] = await env.db.query(
      `SELECT email, count(*)::int AS n FROM sign_in_attempt WHERE email LIKE ANY ($1) GROUP BY email`,
      [['%@stuffing.test', ...victims]],
    );
    const perEmail = new Map(rows.map((r) => [r.email, r.n]));
    for (const email of victims) expect(perEmail.get(email)).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(wrongAnswers);

    const [audit] = await env.db.query(
      `SELECT count(*) FILTER (WHERE action = 'session.signInFailed' AND (after->>'email' LIKE '%@stuffing.test' OR after->>'email' = ANY ($1)))::int AS failed,
              count(*) FILTER (WHERE action = 'session.signIn' AND entity_id IN (SELECT id::text FROM "user" WHERE email = ANY ($1)))::int AS signed_in
         FROM audit_log_entry`,
      [victims],
    );
    expect(audit).toEqual({ failed: wrongAnswers, signed_in: 0 });
    const [sessions] = await env.db.query(
      `SELECT count(*)::int AS n FROM session WHERE user_id IN (SELECT id FROM "user" WHERE email = ANY ($1))`,
      [victims],
    );
    expect(sessions.n).toBe(0);
  });

  it(`the address limit holds: the lone bot had ${MAX_FAILURES_PER_ADDRESS} guesses evaluated, forged X-Forwarded-For or not`, async () => {
    expect(tally(lone)).toEqual({
      evaluated: MAX_FAILURES_PER_ADDRESS,
      wrongPassword: MAX_FAILURES_PER_ADDRESS,
      throttled: LONE_ATTEMPTS - MAX_FAILURES_PER_ADDRESS,
      signedIn: 0,
    });
    const byIp: { ip: string; n: number }[] = await env.db.query(
      `SELECT ip, count(*)::int AS n FROM sign_in_attempt WHERE email LIKE 'sprayed%@stuffing.test' GROUP BY ip`,
    );
    expect(byIp).toEqual([{ ip: LONE_BOT, n: MAX_FAILURES_PER_ADDRESS }]);
    // The botnet's addresses stayed below the address limit: the account limit did the work.
    const [busiest] = await env.db.query(
      `SELECT max(n)::int AS n FROM (SELECT count(*) AS n FROM sign_in_attempt WHERE ip LIKE '127.0.0.%' AND ip <> $1 GROUP BY ip) c`,
      [LONE_BOT],
    );
    expect(busiest.n).toBeLessThan(MAX_FAILURES_PER_ADDRESS);
  });

  it('the address limit refuses even a right password from that address, and only from it', async () => {
    const bystander = await env.fx.createUser(Role.VENDOR_STAFF);
    expect(await signInFrom(env.url, LONE_BOT, bystander.email, PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    expect(await signInFrom(env.url, '127.0.0.98', bystander.email, PASSWORD)).toBe('SignInSuccess');
  });

  it('guesses batched as aliases (15 per request, the alias limit) are counted one by one', async () => {
    const victim = await env.fx.createUser(Role.AUDITOR);
    const guesses = Array.from({ length: 15 }, (_, i) => (i === 14 ? PASSWORD : `alias-guess-${i}`));
    const query = `mutation { ${guesses
      .map(
        (p, i) =>
          `a${i}: signIn(input: { email: "${victim.email}", password: "${p}" }) { __typename ... on ErrorResult { errorCode } }`,
      )
      .join(' ')} }`;
    const res = await postFrom(env.url, '127.0.0.97', JSON.stringify({ query }));
    expect(res.body).not.toContain('SignInSuccess');
    expect(res.setCookie).toEqual([]);
    // Each alias decides its own commit: 10 counted wrong guesses, then throttled ones, no failure.
    const answers = Object.values(JSON.parse(res.body).data as Record<string, { errorCode: string }>);
    expect(answers.map((a) => a.errorCode)).toEqual([
      ...Array<string>(MAX_FAILURES_PER_ACCOUNT).fill('INVALID_CREDENTIALS'),
      ...Array<string>(15 - MAX_FAILURES_PER_ACCOUNT).fill('TOO_MANY_ATTEMPTS'),
    ]);
    const [row] = await env.db.query(
      `SELECT (SELECT count(*) FROM sign_in_attempt WHERE email = $1)::int AS attempts,
              (SELECT count(*) FROM session WHERE user_id = $2)::int AS sessions`,
      [victim.email, victim.id],
    );
    expect(row).toEqual({ attempts: MAX_FAILURES_PER_ACCOUNT, sessions: 0 });
  });
});

describe('the per-address limit and proxies', () => {
  it('no proxy is trusted unless TRUST_PROXY says so: the header is ignored, the socket address counts', async () => {
    expect(loadConfig({ NODE_ENV: 'production' }).trustProxy).toBe(false);
    expect(
      await signInFrom(env.url, '127.0.0.77', 'ghost@proxy.test', 'guess', { 'x-forwarded-for': '203.0.113.50' }),
    ).toBe('INVALID_CREDENTIALS');
    const rows = await env.db.query(`SELECT ip FROM sign_in_attempt WHERE email = 'ghost@proxy.test'`);
    expect(rows).toEqual([{ ip: '127.0.0.77' }]);
  });

  it('behind a trusted proxy, the client address is the one the proxy appended; a forged one in front counts for nothing', async () => {
    const client = '203.0.113.9';
    const db = proxied.db;
    await db.query(
      `INSERT INTO sign_in_attempt (email, ip) SELECT 'sprayed' || g || '@proxy.test', $1 FROM generate_series(1, $2) g`,
      [client, MAX_FAILURES_PER_ADDRESS],
    );
    const user = await proxied.fx.createUser(Role.VENDOR_STAFF);
    // The proxy (at a loopback address) appends the address it saw to what the client sent.
    const viaProxy = (forged: string, email: string, password: string) =>
      signInFrom(proxied.url, '127.0.0.1', email, password, { 'x-forwarded-for': `${forged}, ${client}` });
    expect(await viaProxy('198.51.100.1', user.email, PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    expect(await viaProxy('198.51.100.2', 'someone@proxy.test', 'guess')).toBe('TOO_MANY_ATTEMPTS');
    // Another client behind the same proxy is not affected, and is recorded under its own address.
    expect(
      await signInFrom(proxied.url, '127.0.0.1', 'other@proxy.test', 'guess', { 'x-forwarded-for': '203.0.113.10' }),
    ).toBe('INVALID_CREDENTIALS');
    expect(await db.query(`SELECT ip FROM sign_in_attempt WHERE email = 'other@proxy.test'`)).toEqual([
      { ip: '203.0.113.10' },
    ]);
  });
});

describe('cross-site requests (CSRF)', () => {
  const RENAME = `mutation { updateMyProfile(input: { displayName: "Renamed by evil.example" }) { displayName } }`;
  let victim: GraphQLClient;
  let victimId: string;
  let victimEmail: string;

  beforeAll(async () => {
    const user = await env.fx.createUser(Role.VENDOR_STAFF);
    victimId = user.id;
    victimEmail = user.email;
    victim = await env.clientAsUser(user);
  });

  const state = async () => ({
    displayName: (await env.db.query(`SELECT display_name FROM "user" WHERE id = $1`, [victimId]))[0].display_name,
    audit: (await env.db.query(`SELECT count(*)::int AS n FROM audit_log_entry`))[0].n,
  });

  const multipart = () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: RENAME }));
    form.append('map', '{}');
    return form;
  };

  it.each([
    ['text/plain', () => ({ body: JSON.stringify({ query: RENAME }), headers: { 'content-type': 'text/plain' } })],
    [
      'application/x-www-form-urlencoded',
      () => ({
        body: new URLSearchParams({ query: RENAME }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    ],
    ['multipart/form-data', () => ({ body: multipart(), headers: {} as Record<string, string> })],
  ])('failing: a simple POST as %s, with the victim’s cookie, is refused and changes nothing', async (_type, make) => {
    const before = await state();
    const calls = env.resolverCalls();
    const { body, headers } = make();
    const res = await fetch(`${env.url}/graphql`, {
      method: 'POST',
      headers: { ...headers, cookie: victim.cookie!, origin: 'https://evil.example' },
      body,
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
    expect(env.resolverCalls() - calls).toBe(0);
    expect(await state()).toEqual(before);
  });

  it('failing: a simple GET (an <img> or <script> tag) runs neither a mutation nor a query', async () => {
    const before = await state();
    const calls = env.resolverCalls();
    for (const query of [RENAME, `{ me { email } }`]) {
      const res = await fetch(`${env.url}/graphql?${new URLSearchParams({ query })}`, {
        headers: { cookie: victim.cookie!, origin: 'https://evil.example' },
      });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain(victimEmail);
    }
    expect(env.resolverCalls() - calls).toBe(0);
    expect(await state()).toEqual(before);
  });

  it('failing: a cross-origin preflight gets no CORS grant, so a browser never sends the JSON request', async () => {
    const res = await fetch(`${env.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,apollo-require-preflight',
      },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('successful: the portal’s own JSON request goes through (the control)', async () => {
    const res = await victim.request<{ updateMyProfile: { displayName: string } }>(RENAME);
    expect(res.data?.updateMyProfile.displayName).toBe('Renamed by evil.example');
  });
});

describe('the session cookie', () => {
  const cookieOf = async (target: TestEnvironment) => {
    const user = await target.fx.createUser(Role.AUDITOR);
    const res = await new GraphQLClient(target.url).signIn(user.email, PASSWORD);
    expect(res.setCookie).toHaveLength(1);
    return res.setCookie[0];
  };
  const attributes = (cookie: string) =>
    cookie
      .split(';')
      .slice(1)
      .map((a) => a.trim().split('=')[0].toLowerCase())
      .sort();

  it('is HttpOnly, SameSite=Strict, Path=/ — and not Secure on plain-HTTP development', async () => {
    const cookie = await cookieOf(env);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43};`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(attributes(cookie)).not.toContain('secure');
    expect(attributes(cookie)).not.toContain('domain');
  });

  it('is also Secure in production', async () => {
    const cookie = await cookieOf(proxied);
    expect(attributes(cookie)).toEqual(['expires', 'httponly', 'max-age', 'path', 'samesite', 'secure']);
    expect(cookie).toMatch(/; SameSite=Strict/);
  });
});

describe('sessions: one opaque cookie, no refresh token', () => {
  it('sign-out revokes the session: the old cookie is then UNAUTHENTICATED everywhere', async () => {
    const user = await env.fx.createUser(Role.VENDOR_STAFF);
    const client = await env.clientAsUser(user);
    const token = client.cookie!.split('=')[1];
    const stolen = client.clone();
    expect((await stolen.request(`{ partners { totalItems } }`)).errors).toBeUndefined();

    const out = await client.request(`mutation { signOut }`);
    expect(out.data).toEqual({ signOut: true });
    expect(out.setCookie[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`));
    const hash = createHash('sha256').update(token).digest('hex');
    expect(await env.db.query(`SELECT id FROM session WHERE token_hash = $1`, [hash])).toEqual([]);

    expect(errorCode(await stolen.request(`{ partners { totalItems } }`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await stolen.request(`mutation { signOut }`))).toBe('UNAUTHENTICATED');
    expect((await stolen.request<{ me: unknown }>(`{ me { id } }`)).data?.me).toBeNull();
  });
});

describe('secrets never reach a response, a log line or a table', () => {
  const secret = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;
  const seen = new Transcript();
  const secrets: Record<string, string> = {};
  /** What each operation came to (its result type or error code): the run must have done its work. */
  const outcomes: Record<string, string | undefined> = {};
  /** Records a response: its body, and its Set-Cookie header as a place of its own. */
  const record = <T>(label: string, res: GqlResponse<T>) => {
    const first = Object.values(res.data ?? {})[0] as { __typename?: string } | undefined;
    outcomes[label] = errorCode(res as GqlResponse) ?? first?.__typename;
    seen.add(label, res.raw);
    for (const c of res.setCookie) seen.add(`${label} Set-Cookie`, c);
    return res;
  };
  const tokenOf = (client: GraphQLClient) => client.cookie!.slice(SESSION_COOKIE.length + 1);
  const probe = secret('probe');
  let malformed: GqlResponse;

  beforeAll(async () => {
    Object.assign(secrets, {
      createdPassword: secret('created'),
      wrongGuess: secret('typo'),
      wrongCurrent: secret('wrong-current'),
      changedPassword: secret('changed'),
      resetPassword: secret('reset'),
      invitedPassword: secret('invited'),
      neverSetPassword: secret('never-set'),
      unknownKey: `baton_${randomBytes(24).toString('base64url')}`,
    });
    const admin = await env.clientAs('vendorAdmin');
    const email = `secret-keeper-${randomBytes(4).toString('hex')}@vendor.test`;
    const created = record(
      'createUser',
      await admin.request<{ createUser: { id: string } }>(
        `mutation ($i: CreateUserInput!) { createUser(input: $i) { __typename ... on User { id email } } }`,
        { i: { email, displayName: 'Keeper', role: 'VENDOR_STAFF', password: secrets.createdPassword } },
      ),
    );
    const userId = created.data!.createUser.id;

    const user = new GraphQLClient(env.url);
    record('signIn wrong', await user.signIn(email, secrets.wrongGuess));
    record('signIn', await user.signIn(email, secrets.createdPassword));
    secrets.sessionToken = tokenOf(user);
    record(
      'changeMyPassword wrong',
      await user.request(
        `mutation ($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { __typename ... on ErrorResult { message } } }`,
        { i: { currentPassword: secrets.wrongCurrent, newPassword: secrets.neverSetPassword } },
      ),
    );
    record(
      'changeMyPassword',
      await user.request(
        `mutation ($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { __typename ... on User { id } } }`,
        { i: { currentPassword: secrets.createdPassword, newPassword: secrets.changedPassword } },
      ),
    );
    record(
      'resetUserPassword',
      await admin.request(
        `mutation ($i: ResetPasswordInput!) { resetUserPassword(input: $i) { __typename ... on User { id email } } }`,
        { i: { userId, newPassword: secrets.resetPassword } },
      ),
    );
    const again = new GraphQLClient(env.url);
    record('signIn after reset', await again.signIn(email, secrets.resetPassword));
    secrets.secondSessionToken = tokenOf(again);
    record('me', await again.request(`{ me { id email displayName role } }`));
    record('signOut', await again.request(`mutation { signOut }`));
    // Malformed variables: graphql-js would quote the whole value back in its message.
    malformed = record(
      'signIn malformed',
      await new GraphQLClient(env.url).request(`mutation ($i: SignInInput!) { signIn(input: $i) { __typename } }`, {
        i: { email, password: secrets.resetPassword, remember: true },
      }),
    );

    const invited = record(
      'inviteConsultant',
      await admin.request<{ inviteConsultant: { acceptUrl: string } }>(
        `mutation ($i: InviteConsultantInput!) { inviteConsultant(input: $i) { __typename ... on ConsultantInvitation { acceptUrl } } }`,
        {
          i: {
            email: `invitee-${randomBytes(4).toString('hex')}@alpha.test`,
            displayName: 'Invitee',
            partnerId: env.fx.partnerA.id,
          },
        },
      ),
    );
    secrets.invitationToken = invited.data!.inviteConsultant.acceptUrl.split('/').pop()!;
    const invitee = new GraphQLClient(env.url);
    record(
      'invitation',
      await invitee.request(
        `query ($t: String!) { invitation(token: $t) { __typename email displayName partnerName } }`,
        {
          t: secrets.invitationToken,
        },
      ),
    );
    record(
      'acceptInvitation',
      await invitee.request(
        `mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { __typename ... on SignInSuccess { user { id email } } } }`,
        { i: { token: secrets.invitationToken, password: secrets.invitedPassword } },
      ),
    );
    secrets.invitedSessionToken = tokenOf(invitee);

    const key = record(
      'createIntegrationKey',
      await admin.request<{ createIntegrationKey: { secret: string } }>(
        `mutation { createIntegrationKey(input: { name: "Leak check" }) { __typename secret key { id name prefix } } }`,
      ),
    );
    secrets.apiKey = key.data!.createIntegrationKey.secret;
    const customer = await env.fx.createCustomer();
    const REPORT = `mutation ($i: ReportUsageInput!) { reportUsage(input: $i) { __typename } }`;
    const usage = { i: { items: [{ customerId: customer.id, takenOn: '2026-02-02', utilization: 30 }] } };
    for (const [label, bearer] of [
      ['reportUsage', secrets.apiKey],
      ['reportUsage unknown key', secrets.unknownKey],
    ]) {
      record(
        label,
        await new GraphQLClient(env.url).post(JSON.stringify({ query: REPORT, variables: usage }), {
          authorization: `Bearer ${bearer}`,
        }),
      );
    }

    const project = await env.fx.createProject(env.fx.partnerA);
    secrets.surveyToken = randomBytes(32).toString('base64url');
    await env.db.query(
      `INSERT INTO survey (project_id, partner_id, kind, token, expires_at) VALUES ($1, $2, 'END', $3, now() + interval '1 day')`,
      [project.id, project.partnerId, secrets.surveyToken],
    );
    const customerSide = new GraphQLClient(env.url);
    record(
      'survey',
      await customerSide.request(`query ($t: String!) { survey(token: $t) { __typename state kind } }`, {
        t: secrets.surveyToken,
      }),
    );
    record(
      'answerSurvey',
      await customerSide.request(`mutation ($i: AnswerSurveyInput!) { answerSurvey(input: $i) { __typename } }`, {
        i: { token: secrets.surveyToken, csat: 5, nps: 9, worries: 'none' },
      }),
    );

    // A sign-in that faults (today PostgreSQL refuses the NUL in the address): the app logs an
    // error while the password is in flight.
    record('signIn fault', await new GraphQLClient(env.url).signIn(`nul\u0000${email}`, secrets.resetPassword));
    new Logger('LeakCheck').debug(probe);

    seen.add('logs', logs.text());
    for (const { table, text } of await tablesAsText(env.db)) seen.add(`table ${table}`, text);
  });

  it('each operation did what it does: the secrets really went through', () => {
    expect(outcomes).toMatchObject({
      createUser: 'User',
      'signIn wrong': 'InvalidCredentialsError',
      signIn: 'SignInSuccess',
      'changeMyPassword wrong': 'InvalidCredentialsError',
      changeMyPassword: 'User',
      resetUserPassword: 'User',
      'signIn after reset': 'SignInSuccess',
      'signIn malformed': 'BAD_USER_INPUT',
      inviteConsultant: 'ConsultantInvitation',
      invitation: 'InvitationPreview',
      acceptInvitation: 'SignInSuccess',
      createIntegrationKey: 'CreatedIntegrationKey',
      reportUsage: 'UsageWriteSummary',
      'reportUsage unknown key': 'UNAUTHENTICATED',
      survey: 'PublicSurvey',
      answerSurvey: 'SurveyAnswered',
    });
  });

  it('the capture works: it holds what Nest’s logger wrote, even at debug level', () => {
    expect(seen.placesOf(probe)).toEqual(['logs']);
  });

  it.each([
    ['createdPassword', []],
    ['wrongGuess', []],
    ['wrongCurrent', []],
    ['changedPassword', []],
    ['resetPassword', []],
    ['invitedPassword', []],
    ['neverSetPassword', []],
    ['sessionToken', ['signIn Set-Cookie']],
    ['secondSessionToken', ['signIn after reset Set-Cookie']],
    ['invitedSessionToken', ['acceptInvitation Set-Cookie']],
    ['invitationToken', ['inviteConsultant']],
    ['apiKey', ['createIntegrationKey']],
    ['unknownKey', []],
    // The survey link's token is kept as is (the firm and the vendor read it to pass the link on).
    ['surveyToken', ['table survey']],
  ])('%s appears only where declared, as often as declared', (name, places) => {
    expect(secrets[name]).toBeTruthy();
    expect(seen.placesOf(secrets[name])).toEqual(places);
  });

  it('a malformed variable is answered with its path and reason, not its value', () => {
    expect(malformed.errors?.[0]).toMatchObject({
      message: 'Variable "$i" got invalid value; Field "remember" is not defined by type "SignInInput".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('the database keeps the hash of the session token, never the token', async () => {
    const hash = createHash('sha256').update(secrets.invitedSessionToken).digest('hex');
    expect(await env.db.query(`SELECT count(*)::int AS n FROM session WHERE token_hash = $1`, [hash])).toEqual([
      { n: 1 },
    ]);
  });
});

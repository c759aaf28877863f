import { Role } from '@baton/shared';
import { SignInAttempt } from '../src/identity/sign-in-attempt.entity';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '../src/identity/sign-in-throttle.service';
import { PASSWORD } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

const ME = `{ me { id email role partner { id name } } }`;

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

describe('sign-in', () => {
  it('successful: sets an HttpOnly SameSite cookie and me answers the user with their firm', async () => {
    const client = new GraphQLClient(env.url);
    const res = await client.signIn('admin@alpha.test', PASSWORD);
    expect(res.data).toEqual({ signIn: { __typename: 'SignInSuccess' } });
    expect(res.setCookie[0]).toMatch(/^baton_session=[\w-]{40,};/);
    expect(res.setCookie[0]).toMatch(/HttpOnly/i);
    expect(res.setCookie[0]).toMatch(/SameSite=Strict/i);
    const me = await client.request<{ me: { email: string; role: Role; partner: { name: string } } }>(ME);
    expect(me.data?.me).toMatchObject({
      email: 'admin@alpha.test',
      role: 'PARTNER_ADMIN',
      partner: { name: 'Alpha Tax Office' },
    });
  });

  it('is case-insensitive on the e-mail address', async () => {
    const res = await new GraphQLClient(env.url).signIn('  Staff@Vendor.TEST ', PASSWORD);
    expect(res.data).toEqual({ signIn: { __typename: 'SignInSuccess' } });
  });

  it('failing: a wrong password is a typed error in the caller’s language, and sets no cookie', async () => {
    const en = await new GraphQLClient(env.url, 'en').signIn('auditor@vendor.test', 'wrong-password!');
    expect(en.data?.signIn).toEqual({
      __typename: 'InvalidCredentialsError',
      errorCode: 'INVALID_CREDENTIALS',
      message: 'The email address or password is incorrect.',
    });
    expect(en.setCookie).toEqual([]);
    const ja = await new GraphQLClient(env.url, 'ja').signIn('auditor@vendor.test', 'wrong-password!');
    expect((ja.data?.signIn as { message: string }).message).toBe('メールアドレスまたはパスワードが正しくありません。');
  });

  it('failing: a failed sign-in is counted and audited, although it answers an error', async () => {
    const before = await env.db.query(
      `SELECT count(*)::int AS n FROM sign_in_attempt WHERE email = 'auditor@vendor.test'`,
    );
    await new GraphQLClient(env.url).signIn('auditor@vendor.test', 'wrong-password!');
    const after = await env.db.query(
      `SELECT count(*)::int AS n FROM sign_in_attempt WHERE email = 'auditor@vendor.test'`,
    );
    expect(after[0].n).toBe(before[0].n + 1);
    const [entry] = await env.db.query(
      `SELECT action, actor_id, entity_id, after FROM audit_log_entry ORDER BY at DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      action: 'session.signInFailed',
      actor_id: null,
      entity_id: env.fx.users.auditor.id,
      after: { email: 'auditor@vendor.test' },
    });
  });

  it('failing: an unknown account answers exactly like a wrong password', async () => {
    const res = await new GraphQLClient(env.url).signIn('nobody@nowhere.test', 'whatever-password');
    expect((res.data?.signIn as { errorCode: string }).errorCode).toBe('INVALID_CREDENTIALS');
  });

  it('sign-out ends the session: the same cookie no longer signs in', async () => {
    const client = await env.clientAs('vendorStaff');
    const stolen = client.clone();
    const out = await client.request(`mutation { signOut }`);
    expect(out.data).toEqual({ signOut: true });
    expect(client.cookie).toBeUndefined();
    expect((await stolen.request<{ me: unknown }>(ME)).data?.me).toBeNull();
  });

  it('failing: signOut without a session is refused as unauthenticated', async () => {
    const res = await new GraphQLClient(env.url).request(`mutation { signOut }`);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});

describe('throttling', () => {
  it(`refuses an account after ${MAX_FAILURES_PER_ACCOUNT} failures in the window, even with the right password`, async () => {
    const victim = await env.fx.createUser(Role.VENDOR_STAFF);
    const client = new GraphQLClient(env.url);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const res = await client.signIn(victim.email, `wrong-${i}-password`);
      expect((res.data?.signIn as { errorCode: string }).errorCode).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await client.signIn(victim.email, PASSWORD);
    expect(blocked.data?.signIn).toMatchObject({ __typename: 'TooManyAttemptsError', errorCode: 'TOO_MANY_ATTEMPTS' });
    expect((blocked.data?.signIn as { message: string }).message).toMatch(/try again in 15 minutes/);
    expect(client.cookie).toBeUndefined();
    // Other accounts from the same address are not affected by one account's lock.
    expect((await client.signIn('staff@vendor.test', PASSWORD)).data).toEqual({
      signIn: { __typename: 'SignInSuccess' },
    });
  });

  it('parallel guesses at one account are counted one by one: no more than the limit get through', async () => {
    const victim = await env.fx.createUser(Role.VENDOR_STAFF);
    // More parallel sign-ins than the connection pool holds: none may hang or slip past the count.
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => new GraphQLClient(env.url).signIn(victim.email, `parallel-guess-${i}`)),
    );
    const codes = results.map((r) => (r.data?.signIn as { errorCode: string }).errorCode).sort();
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(25 - MAX_FAILURES_PER_ACCOUNT);
    await env.db.query(`DELETE FROM sign_in_attempt WHERE email = $1`, [victim.email]);
  });

  it(`refuses an address after ${MAX_FAILURES_PER_ADDRESS} failures across accounts`, async () => {
    const ip = '127.0.0.1';
    await env.db
      .getRepository(SignInAttempt)
      .insert(Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => ({ email: `sprayed${i}@x.test`, ip })));
    try {
      const res = await new GraphQLClient(env.url).request(
        `mutation { signIn(input: { email: "admin@vendor.test", password: "${PASSWORD}" }) {
            __typename ... on TooManyAttemptsError { retryAfterSeconds } } }`,
      );
      expect(res.data?.signIn).toMatchObject({ __typename: 'TooManyAttemptsError' });
      expect((res.data?.signIn as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(800);
    } finally {
      await env.db.query(`DELETE FROM sign_in_attempt WHERE ip = $1`, [ip]);
    }
  });
});

describe('user administration', () => {
  const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) {
    __typename ... on User { id email role active partner { id } } ... on ErrorResult { errorCode message } } }`;

  it('successful: a vendor admin creates a partner user who can then sign in', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const res = await admin.request<{ createUser: { __typename: string; email: string; partner: { id: string } } }>(
      CREATE,
      {
        input: {
          email: 'New.Person@Alpha.test',
          displayName: 'New Person',
          role: 'PARTNER_MEMBER',
          partnerId: env.fx.partnerA.id,
          password: 'a-long-enough-password',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createUser).toMatchObject({
      __typename: 'User',
      email: 'new.person@alpha.test',
      partner: { id: env.fx.partnerA.id },
    });
    const signIn = await new GraphQLClient(env.url).signIn('new.person@alpha.test', 'a-long-enough-password');
    expect(signIn.data).toEqual({ signIn: { __typename: 'SignInSuccess' } });
  });

  it('failing: bad input is refused field by field, in Japanese for a Japanese caller', async () => {
    const admin = await env.clientAs('vendorAdmin', 'ja');
    const res = await admin.request(CREATE, {
      input: { email: 'not-an-email', displayName: '', role: 'VENDOR_STAFF', password: 'short' },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'email', message: 'メールアドレスは有効なメールアドレスで入力してください。' },
      { field: 'displayName', message: '氏名は必須です。' },
      { field: 'password', message: 'パスワードは12文字以上で入力してください。' },
    ]);
  });

  it('failing: a duplicate e-mail and a partner role without firm are typed errors', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const dup = await admin.request<{ createUser: { errorCode: string; message: string } }>(CREATE, {
      input: {
        email: 'staff@vendor.test',
        displayName: 'Dup',
        role: 'VENDOR_STAFF',
        password: 'a-long-enough-password',
      },
    });
    expect(dup.data?.createUser).toMatchObject({
      errorCode: 'EMAIL_ALREADY_USED',
      message: expect.stringContaining('staff@vendor.test'),
    });
    const noFirm = await admin.request<{ createUser: { errorCode: string } }>(CREATE, {
      input: {
        email: 'lonely@x.test',
        displayName: 'Lonely',
        role: 'PARTNER_ADMIN',
        password: 'a-long-enough-password',
      },
    });
    expect(noFirm.data?.createUser.errorCode).toBe('PARTNER_REQUIRED');
  });

  it('deactivating a user ends their sessions at once; reactivating lets them sign in again', async () => {
    const target = await env.fx.createUser(Role.VENDOR_STAFF);
    const theirs = new GraphQLClient(env.url);
    await theirs.signIn(target.email, PASSWORD);
    expect((await theirs.request<{ me: { id: string } }>(ME)).data?.me?.id).toBe(target.id);

    const admin = await env.clientAs('vendorAdmin');
    const res = await admin.request<{ deactivateUser: { active: boolean } }>(
      `mutation ($id: ID!) { deactivateUser(id: $id) { ... on User { active } } }`,
      { id: target.id },
    );
    expect(res.data?.deactivateUser.active).toBe(false);
    expect((await theirs.request<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect(errorCode(await theirs.request(`{ partners { totalItems } }`))).toBe('UNAUTHENTICATED');
    expect((await new GraphQLClient(env.url).signIn(target.email, PASSWORD)).data?.signIn).toMatchObject({
      errorCode: 'INVALID_CREDENTIALS',
    });

    await admin.request(`mutation ($id: ID!) { reactivateUser(id: $id) { __typename } }`, { id: target.id });
    expect((await new GraphQLClient(env.url).signIn(target.email, PASSWORD)).data).toEqual({
      signIn: { __typename: 'SignInSuccess' },
    });
  });

  it('failing: a vendor admin cannot deactivate themself', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const res = await admin.request<{ deactivateUser: { errorCode: string } }>(
      `mutation ($id: ID!) { deactivateUser(id: $id) { ... on ErrorResult { errorCode } } }`,
      { id: env.fx.users.vendorAdmin.id },
    );
    expect(res.data?.deactivateUser.errorCode).toBe('CANNOT_DEACTIVATE_SELF');
  });

  it('failing: a vendor admin cannot change their own role', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const res = await admin.request<{ updateUser: { errorCode: string } }>(
      `mutation ($id: ID!) { updateUser(id: $id, input: { role: VENDOR_STAFF }) { ... on ErrorResult { errorCode } } }`,
      { id: env.fx.users.vendorAdmin.id },
    );
    expect(res.data?.updateUser.errorCode).toBe('CANNOT_CHANGE_OWN_ROLE');
    const [row] = await env.db.query(`SELECT role FROM "user" WHERE id = $1`, [env.fx.users.vendorAdmin.id]);
    expect(row.role).toBe('VENDOR_ADMIN');
  });

  it('resetting a password ends the sessions and the new password works', async () => {
    const target = await env.fx.createUser(Role.AUDITOR);
    const theirs = new GraphQLClient(env.url);
    await theirs.signIn(target.email, PASSWORD);
    const admin = await env.clientAs('vendorAdmin');
    await admin.request(`mutation ($input: ResetPasswordInput!) { resetUserPassword(input: $input) { __typename } }`, {
      input: { userId: target.id, newPassword: 'brand-new-password-1' },
    });
    expect((await theirs.request<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect((await new GraphQLClient(env.url).signIn(target.email, 'brand-new-password-1')).data).toEqual({
      signIn: { __typename: 'SignInSuccess' },
    });
  });

  it('changing role moves the user between experiences and restarts their sessions', async () => {
    const target = await env.fx.createUser(Role.VENDOR_STAFF);
    const admin = await env.clientAs('vendorAdmin');
    const res = await admin.request<{ updateUser: { role: string; partner: { id: string } } }>(
      `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ... on User { role partner { id } } } }`,
      { id: target.id, input: { role: 'PARTNER_MEMBER', partnerId: env.fx.partnerB.id } },
    );
    expect(res.data?.updateUser).toEqual({ role: 'PARTNER_MEMBER', partner: { id: env.fx.partnerB.id } });
  });

  it('the users list filters, sorts and pages', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const res = await admin.request<{ users: { totalItems: number; items: { email: string }[] } }>(
      `{ users(filter: { partnerId: "${env.fx.partnerA.id}", search: "alpha" }, sort: { field: EMAIL, direction: ASC }, take: 1) {
          totalItems items { email } } }`,
    );
    expect(res.data?.users.items).toEqual([{ email: 'admin@alpha.test' }]);
    expect(res.data?.users.totalItems).toBeGreaterThanOrEqual(2);
  });
});

describe('own profile', () => {
  it('a partner member changes their language and name', async () => {
    const member = await env.clientAs('partnerAMember');
    const res = await member.request<{ updateMyProfile: { locale: string; displayName: string } }>(
      `mutation { updateMyProfile(input: { locale: ja, displayName: "メンバー" }) { locale displayName } }`,
    );
    expect(res.data?.updateMyProfile).toEqual({ locale: 'ja', displayName: 'メンバー' });
  });

  it('failing: changing the password with a wrong current password is a typed error', async () => {
    const member = await env.clientAs('partnerAMember');
    const res = await member.request<{ changeMyPassword: { errorCode: string } }>(
      `mutation { changeMyPassword(input: { currentPassword: "not-the-password", newPassword: "another-long-password" }) {
          ... on ErrorResult { errorCode } } }`,
    );
    expect(res.data?.changeMyPassword.errorCode).toBe('INVALID_CREDENTIALS');
  });
});

import { errorCode, GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

const PREVIEW = `query ($token: String!) { invitation(token: $token) { email displayName role partnerName } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {
  __typename ... on SignInSuccess { user { email role partner { id } } } ... on ErrorResult { errorCode message } } }`;

describe('invitations', () => {
  it('successful: the link shows the firm, and accepting creates the user, signs them in and is audited once', async () => {
    const token = await env.fx.createInvitation(env.fx.partnerA);
    const anon = new GraphQLClient(env.url);
    const preview = await anon.request<{ invitation: { partnerName: string; role: string } }>(PREVIEW, { token });
    expect(preview.data?.invitation).toMatchObject({ partnerName: 'Alpha Tax Office', role: 'PARTNER_MEMBER' });

    const entries = Number((await env.db.query(`SELECT count(*)::int AS n FROM audit_log_entry`))[0].n);
    const res = await anon.request<{
      acceptInvitation: { __typename: string; user: { email: string; partner: { id: string } } };
    }>(ACCEPT, { input: { token, password: 'my-own-long-password', displayName: '新しい 相談員' } });
    expect(res.data?.acceptInvitation).toMatchObject({
      __typename: 'SignInSuccess',
      user: { partner: { id: env.fx.partnerA.id } },
    });
    expect(anon.cookie).toBeDefined();
    const me = await anon.request<{ me: { displayName: string; role: string } }>(`{ me { displayName role } }`);
    expect(me.data?.me).toEqual({ displayName: '新しい 相談員', role: 'PARTNER_MEMBER' });
    const after = await env.db.query(`SELECT action FROM audit_log_entry ORDER BY at DESC LIMIT 1`);
    expect(Number((await env.db.query(`SELECT count(*)::int AS n FROM audit_log_entry`))[0].n)).toBe(entries + 1);
    expect(after[0].action).toBe('user.acceptInvitation');
  });

  it('failing: a used, expired or unknown link is a typed error and creates nobody', async () => {
    const used = await env.fx.createInvitation(env.fx.partnerB);
    await new GraphQLClient(env.url).request(ACCEPT, { input: { token: used, password: 'my-own-long-password' } });
    const expired = await env.fx.createInvitation(env.fx.partnerB);
    await env.db.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE accepted_at IS NULL`);
    const users = Number((await env.db.query(`SELECT count(*)::int AS n FROM "user"`))[0].n);
    for (const token of [used, expired, 'no-such-token']) {
      const anon = new GraphQLClient(env.url, 'ja');
      const res = await anon.request<{ acceptInvitation: { errorCode: string; message: string } }>(ACCEPT, {
        input: { token, password: 'my-own-long-password' },
      });
      expect(res.data?.acceptInvitation.errorCode).toBe('INVITATION_INVALID');
      expect(res.data?.acceptInvitation.message).toMatch(/招待リンクは無効/);
      expect(anon.cookie).toBeUndefined();
      expect((await anon.request(PREVIEW, { token })).data).toEqual({ invitation: null });
    }
    expect(Number((await env.db.query(`SELECT count(*)::int AS n FROM "user"`))[0].n)).toBe(users);
  });

  it('failing: a short password is bad input and leaves the invitation usable', async () => {
    const token = await env.fx.createInvitation(env.fx.partnerA);
    const res = await new GraphQLClient(env.url).request(ACCEPT, { input: { token, password: 'short' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(
      (await new GraphQLClient(env.url).request<{ invitation: unknown }>(PREVIEW, { token })).data?.invitation,
    ).not.toBeNull();
  });
});

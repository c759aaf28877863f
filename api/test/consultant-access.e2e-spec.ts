import { Role } from '@baton/shared';
import { GraphQLClient } from './support/graphql-client';
import { PASSWORD } from './support/fixtures';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

/** Who may switch a person's access on and off through the consultant list, and what a link is worth. */
let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

const INVITE = `mutation ($i: InviteConsultantInput!) { inviteConsultant(input: $i) {
  __typename ... on ConsultantInvitation { acceptUrl consultant { id } } ... on ErrorResult { errorCode } } }`;
const SET_ACTIVE = (op: string) => `mutation ($id: ID!) { ${op}(id: $id) { __typename ... on Consultant { active } } }`;
const ACCEPT = `mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { __typename ... on ErrorResult { errorCode } } }`;

type Invited = { inviteConsultant: { acceptUrl: string; consultant: { id: string } } };
const tokenOf = (url: string) => url.split('/').pop()!;
const accept = (token: string) =>
  new GraphQLClient(env.url).request<{ acceptInvitation: { __typename: string; errorCode?: string } }>(ACCEPT, {
    i: { token, password: PASSWORD },
  });

describe('consultant access', () => {
  it("failing: another firm inviting the same address does not void the first firm's link", async () => {
    const a = await env.clientAs('partnerAAdmin');
    const b = await env.clientAs('partnerBAdmin');
    const fromA = await a.request<Invited>(INVITE, { i: { email: 'shared@person.test', displayName: 'Shared' } });
    await b.request<Invited>(INVITE, { i: { email: 'shared@person.test', displayName: 'Shared' } });
    expect((await accept(tokenOf(fromA.data!.inviteConsultant.acceptUrl))).data?.acceptInvitation.__typename).toBe(
      'SignInSuccess',
    );
  });

  it('failing: a consultant removed before accepting can no longer use the link', async () => {
    const a = await env.clientAs('partnerAAdmin');
    const invited = await a.request<Invited>(INVITE, { i: { email: 'leaver@alpha.test', displayName: 'Leaver' } });
    await a.request(SET_ACTIVE('deactivateConsultant'), { id: invited.data!.inviteConsultant.consultant.id });
    const res = await accept(tokenOf(invited.data!.inviteConsultant.acceptUrl));
    expect(res.data?.acceptInvitation.errorCode).toBe('INVITATION_INVALID');
  });

  it("failing: a partner admin cannot undo a vendor admin's deactivation of an account", async () => {
    const user = await env.fx.createUser(Role.PARTNER_MEMBER, env.fx.partnerA);
    const consultant = await env.fx.createConsultant(env.fx.partnerA, user);
    const vendor = await env.clientAs('vendorAdmin');
    await vendor.request(`mutation ($id: ID!) { deactivateUser(id: $id) { __typename } }`, { id: user.id });
    const a = await env.clientAs('partnerAAdmin');
    await a.request(SET_ACTIVE('deactivateConsultant'), { id: consultant.id });
    await a.request(SET_ACTIVE('reactivateConsultant'), { id: consultant.id });
    const [row] = await env.db.query(`SELECT active FROM "user" WHERE id = $1`, [user.id]);
    expect(row.active).toBe(false);
  });

  it('successful: reactivating restores an account that the consultant deactivation switched off', async () => {
    const user = await env.fx.createUser(Role.PARTNER_MEMBER, env.fx.partnerA);
    const consultant = await env.fx.createConsultant(env.fx.partnerA, user);
    const a = await env.clientAs('partnerAAdmin');
    await a.request(SET_ACTIVE('deactivateConsultant'), { id: consultant.id });
    expect((await env.db.query(`SELECT active FROM "user" WHERE id = $1`, [user.id]))[0].active).toBe(false);
    await a.request(SET_ACTIVE('reactivateConsultant'), { id: consultant.id });
    expect((await env.db.query(`SELECT active FROM "user" WHERE id = $1`, [user.id]))[0].active).toBe(true);
  });

  it('failing: update inputs refuse null instead of storing it', async () => {
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request(
      `mutation ($id: ID!) { updatePartnerProfile(id: $id, input: { industries: null, headcountAtStart: null }) { __typename } }`,
      { id: env.fx.partnerB.id },
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const admin = await env.clientAs('vendorAdmin');
    const curriculum = await env.fx.createCurriculum('EXPENSE');
    const cur = await admin.request(
      `mutation ($id: ID!) { updateCurriculum(id: $id, input: { name: null, description: null }) { __typename } }`,
      { id: curriculum.id },
    );
    expect(cur.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'name', message: 'Name is required.' }]);
  });
});

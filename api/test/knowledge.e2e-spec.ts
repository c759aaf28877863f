import { Clock } from '../src/common/clock';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
let clock: Clock;
beforeAll(async () => {
  env = await createTestEnvironment();
  clock = env.app.get(Clock);
});
afterEach(() => clock.set(null));
afterAll(() => env.close());

const RESULT = `__typename ... on ErrorResult { errorCode message }`;
const ARTICLE = `id status kind titleEn titleJa publishedAt updatedByEmail`;
const CREATE = `mutation ($i: ArticleInput!) { createArticle(input: $i) { ${ARTICLE} } }`;
const UPDATE = `mutation ($id: ID!, $i: ArticleInput!) { updateArticle(id: $id, input: $i) { ${RESULT} ... on Article { ${ARTICLE} } } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { ${RESULT} ... on Article { ${ARTICLE} } ... on ArticleIncompleteError { missingFields } } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveArticle(id: $id) { ${RESULT} ... on Article { ${ARTICLE} } } }`;
const LIST = `query ($s: String, $any: Boolean, $status: ArticleStatus, $kind: ArticleKind, $area: String, $tag: String, $pref: [String!]) {
  articles(search: $s, matchAny: $any, status: $status, kind: $kind, productArea: $area, tag: $tag, preferredProductAreas: $pref, take: 50) { totalItems items { id titleEn status } } }`;
const START = `mutation ($p: ID!) { startEscalationDraft(input: { projectId: $p }) { ${RESULT} ... on EscalationDraft { id outcome articlesOpened } } }`;
const OPENED = `mutation ($d: ID!, $a: ID!) { recordArticleOpened(input: { draftId: $d, articleId: $a }) { ${RESULT} ... on EscalationDraft { id articlesOpened openedArticleIds firstArticleOpenedAt } } }`;
const ABANDON = `mutation ($d: ID!) { abandonEscalationDraft(input: { draftId: $d }) { ${RESULT} ... on EscalationDraft { id outcome closedAt } } }`;
const RAISE = `mutation ($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { ${RESULT} ... on Escalation { id } } }`;
const DEFLECTION = `query ($from: String, $to: String, $p: ID) { escalationDeflection(from: $from, to: $to, partnerId: $p) { started raised abandoned deflected inProgress withArticleOpened deflectionRate } }`;

type Article = { id: string; status: string; titleEn: string; publishedAt: string | null; updatedByEmail: string };
type List = { articles: { totalItems: number; items: { id: string; titleEn: string; status: string }[] } };

let n = 0;
const article = (overrides: Record<string, unknown> = {}) => ({
  kind: 'HOW_TO',
  titleEn: `Closing the month ${++n}`,
  titleJa: `月次締めの手順 ${n}`,
  bodyEn: 'Lock the period, then export the trial balance.',
  bodyJa: '会計期間をロックしてから試算表を出力します。',
  tags: ['月次締め', ' closing ', 'closing', ''],
  productArea: 'ACCOUNTING',
  ...overrides,
});

async function published(staff: GraphQLClient, overrides: Record<string, unknown> = {}): Promise<Article> {
  const created = await staff.request<{ createArticle: Article }>(CREATE, { i: article(overrides) });
  const res = await staff.request<{ publishArticle: Article }>(PUBLISH, { id: created.data!.createArticle.id });
  expect(res.data?.publishArticle.status).toBe('PUBLISHED');
  return res.data!.publishArticle;
}

describe('articles', () => {
  it('successful: vendor staff write a draft, publish it, edit and archive it, each change audited once', async () => {
    const staff = await env.clientAs('vendorStaff');
    const created = await staff.request<{ createArticle: Article & { tags?: string[] } }>(CREATE, { i: article() });
    const id = created.data!.createArticle.id;
    expect(created.data?.createArticle).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      updatedByEmail: env.fx.users.vendorStaff.email,
    });
    const [{ tags }] = await env.db.query(`SELECT tags FROM article WHERE id = $1`, [id]);
    expect(tags).toEqual(['月次締め', 'closing']);

    const publish = await staff.request<{ publishArticle: Article }>(PUBLISH, { id });
    expect(publish.data?.publishArticle.status).toBe('PUBLISHED');
    expect(publish.data?.publishArticle.publishedAt).not.toBeNull();
    const again = await staff.request<{ publishArticle: { errorCode: string } }>(PUBLISH, { id });
    expect(again.data?.publishArticle.errorCode).toBe('ARTICLE_STATUS_UNCHANGED');

    const edited = await staff.request<{ updateArticle: Article }>(UPDATE, {
      id,
      i: article({ titleEn: 'Closing the month, revised' }),
    });
    expect(edited.data?.updateArticle).toMatchObject({ status: 'PUBLISHED', titleEn: 'Closing the month, revised' });
    const archived = await staff.request<{ archiveArticle: Article }>(ARCHIVE, { id });
    expect(archived.data?.archiveArticle.status).toBe('ARCHIVED');

    const audit = await env.db.query(`SELECT action FROM audit_log_entry WHERE entity_id = $1 ORDER BY at, id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'article.create',
      'article.publish',
      'article.update',
      'article.archive',
    ]);
  });

  it('failing: an article is published only in both languages, and a published one cannot lose a language', async () => {
    const staff = await env.clientAs('vendorStaff', 'ja');
    const created = await staff.request<{ createArticle: Article }>(CREATE, {
      i: article({ bodyEn: '', titleJa: '  ' }),
    });
    const id = created.data!.createArticle.id;
    const res = await staff.request<{
      publishArticle: { errorCode: string; message: string; missingFields: string[] };
    }>(PUBLISH, { id });
    expect(res.data?.publishArticle).toMatchObject({
      errorCode: 'ARTICLE_INCOMPLETE',
      missingFields: ['titleJa', 'bodyEn'],
    });
    expect(res.data?.publishArticle.message).toContain('タイトル（日本語）');
    const livePublished = await published(staff);
    const blanked = await staff.request<{ updateArticle: { errorCode: string } }>(UPDATE, {
      id: livePublished.id,
      i: article({ bodyJa: '' }),
    });
    expect(blanked.data?.updateArticle.errorCode).toBe('ARTICLE_INCOMPLETE');
    const [{ body_ja }] = await env.db.query(`SELECT body_ja FROM article WHERE id = $1`, [livePublished.id]);
    expect(body_ja).not.toBe('');
  });

  it('failing: invalid input is refused field by field, in the caller’s language', async () => {
    const bad = article({
      titleEn: ' ',
      titleJa: '',
      productArea: 'SPACESHIPS',
      tags: Array.from({ length: 11 }, (_, i) => `t${i}`),
    });
    for (const [locale, expected] of [
      [
        'en',
        {
          titleEn: 'Title (English) is required.',
          productArea: 'Product area has a value that is not allowed.',
          tags: 'Tags may hold at most 10 entries.',
        },
      ],
      [
        'ja',
        {
          titleEn: 'タイトル（英語）は必須です。',
          productArea: '製品領域に許可されていない値が指定されています。',
          tags: 'タグは10件までです。',
        },
      ],
    ] as const) {
      const staff = await env.clientAs('vendorStaff', locale);
      const res = await staff.request(CREATE, { i: bad });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const fields = Object.fromEntries(
        (res.errors?.[0].extensions?.fieldErrors ?? []).map((f) => [f.field, f.message]),
      );
      expect(fields).toEqual(expected);
    }
  });

  it('partners and auditors read published articles only: drafts and archived ones stay hidden, even by id', async () => {
    const staff = await env.clientAs('vendorStaff');
    const draft = (
      await staff.request<{ createArticle: Article }>(CREATE, { i: article({ titleEn: 'Secret draft zebra' }) })
    ).data!.createArticle;
    const archived = await published(staff, { titleEn: 'Old zebra notes' });
    await staff.request(ARCHIVE, { id: archived.id });
    const live = await published(staff, { titleEn: 'Live zebra guide' });
    for (const actor of ['partnerAAdmin', 'partnerAMember', 'partnerBAdmin', 'auditor'] as const) {
      const client = await env.clientAs(actor);
      const list = await client.request<List>(LIST, { s: 'zebra', status: 'DRAFT' });
      expect(list.data?.articles.items.map((a) => a.id)).toEqual([live.id]);
      for (const hidden of [draft.id, archived.id]) {
        const one = await client.request<{ article: unknown }>(`query ($id: ID!) { article(id: $id) { id } }`, {
          id: hidden,
        });
        expect(one.data?.article).toBeNull();
      }
      const tags = await client.request<{ articleTags: string[] }>(`{ articleTags }`);
      expect(tags.errors).toBeUndefined();
    }
    const vendor = await staff.request<List>(LIST, { s: 'zebra' });
    expect(vendor.data?.articles.totalItems).toBe(3);
    const drafts = await staff.request<List>(LIST, { s: 'zebra', status: 'DRAFT' });
    expect(drafts.data?.articles.items.map((a) => a.id)).toEqual([draft.id]);
  });
});

describe('search', () => {
  it('ranks title hits above body hits, in both languages, and finds Japanese words inside sentences', async () => {
    const staff = await env.clientAs('vendorAdmin');
    const inBody = await published(staff, {
      titleEn: 'Payroll run checklist',
      titleJa: '給与計算のチェックリスト',
      bodyEn: 'Check the year-end adjustment flags first.',
      bodyJa: '最初に年末調整のフラグを確認します。',
      productArea: 'PAYROLL',
      tags: [],
    });
    const inTitle = await published(staff, {
      kind: 'FAQ',
      titleEn: 'Why the year-end adjustment differs',
      titleJa: '年末調整の結果が合わないときは',
      bodyEn: 'Compare the withholding slips.',
      bodyJa: '源泉徴収票を比較します。',
      productArea: 'PAYROLL',
      tags: ['年末調整'],
    });
    const other = await published(staff, {
      titleEn: 'Invoice numbering',
      titleJa: '請求書番号の採番',
      bodyEn: 'Sequences.',
      bodyJa: '連番です。',
      productArea: 'INVOICING',
      tags: [],
    });
    const partner = await env.clientAs('partnerAMember', 'ja');

    const ja = await partner.request<List>(LIST, { s: '年末調整' });
    expect(ja.data?.articles.items.map((a) => a.id)).toEqual([inTitle.id, inBody.id]);
    const en = await partner.request<List>(LIST, { s: 'year-end ADJUSTMENT' });
    expect(en.data?.articles.items.map((a) => a.id)).toEqual([inTitle.id, inBody.id]);
    // A whole Japanese sentence, as typed as an escalation subject: its words are matched.
    const sentence = await partner.request<List>(LIST, { s: '年末調整の結果が違う', any: true });
    expect(sentence.data?.articles.items[0].id).toBe(inTitle.id);
    // Every word must match unless matchAny.
    const all = await partner.request<List>(LIST, { s: '年末調整 請求書' });
    expect(all.data?.articles.totalItems).toBe(0);
    const any = await partner.request<List>(LIST, { s: '年末調整 請求書', any: true });
    expect(any.data?.articles.items.map((a) => a.id).sort()).toEqual([inTitle.id, inBody.id, other.id].sort());
    // Filters narrow the ranked list.
    const faq = await partner.request<List>(LIST, { s: '年末調整', kind: 'FAQ', area: 'PAYROLL', tag: '年末調整' });
    expect(faq.data?.articles.items.map((a) => a.id)).toEqual([inTitle.id]);
  });
});

describe('sorting', () => {
  it('vendor staff sort the list by title in their language, by kind or by product area', async () => {
    const staff = await env.clientAs('vendorStaff', 'ja');
    const tag = 'sort-check';
    for (const [titleEn, titleJa, kind] of [
      ['Banana', 'い', 'KNOWN_ISSUE'],
      ['Apple', 'う', 'FAQ'],
      ['Cherry', 'あ', 'HOW_TO'],
    ])
      await staff.request(CREATE, { i: article({ titleEn, titleJa, kind, tags: [tag] }) });
    const SORTED = `query ($f: ArticleSortField!, $d: SortDirection!, $tag: String) { articles(tag: $tag, sort: { field: $f, direction: $d }) { items { titleEn } } }`;
    const titles = async (client: GraphQLClient, f: string, d = 'ASC') =>
      (
        await client.request<{ articles: { items: { titleEn: string }[] } }>(SORTED, { f, d, tag })
      ).data!.articles.items.map((a) => a.titleEn);
    expect(await titles(staff, 'TITLE')).toEqual(['Cherry', 'Banana', 'Apple']);
    expect(await titles(await env.clientAs('vendorStaff', 'en'), 'TITLE', 'DESC')).toEqual([
      'Cherry',
      'Banana',
      'Apple',
    ]);
    expect(await titles(staff, 'KIND')).toEqual(['Cherry', 'Apple', 'Banana']);
  });
});

describe('escalation drafts and deflection', () => {
  const day = '2026-03-10';
  const deflection = async (from = day, to = day) =>
    (
      await (
        await env.clientAs('vendorStaff')
      ).request<{ escalationDeflection: Record<string, number | null> }>(DEFLECTION, {
        from,
        to,
        p: env.fx.partnerA.id,
      })
    ).data!.escalationDeflection;

  it('successful: opened an article then left counts as deflected; raised does not; untouched for 24 h counts as abandoned', async () => {
    clock.set(new Date(`${day}T09:00:00Z`));
    const project = await env.fx.createProject(env.fx.partnerA);
    const staff = await env.clientAs('vendorStaff');
    const help = await published(staff, { titleEn: 'Importing employees', titleJa: '従業員のインポート' });
    const partner = await env.clientAs('partnerAAdmin');
    const audits = async () => Number((await env.db.query(`SELECT count(*)::int AS n FROM audit_log_entry`))[0].n);

    // 1. Opens the form, reads an article (twice), closes the form: deflected.
    const d1 = (await partner.request<{ startEscalationDraft: { id: string } }>(START, { p: project.id })).data!
      .startEscalationDraft.id;
    await partner.request(OPENED, { d: d1, a: help.id });
    const opened = await partner.request<{
      recordArticleOpened: { articlesOpened: number; openedArticleIds: string[] };
    }>(OPENED, { d: d1, a: help.id });
    expect(opened.data?.recordArticleOpened).toMatchObject({ articlesOpened: 2, openedArticleIds: [help.id] });
    const left = await partner.request<{ abandonEscalationDraft: { outcome: string } }>(ABANDON, { d: d1 });
    expect(left.data?.abandonEscalationDraft.outcome).toBe('ABANDONED');
    const closed = await partner.request<{ abandonEscalationDraft: { errorCode: string } }>(ABANDON, { d: d1 });
    expect(closed.data?.abandonEscalationDraft.errorCode).toBe('ESCALATION_DRAFT_CLOSED');

    // 2. Reads an article but raises anyway: raised, one audit entry (the escalation's).
    const d2 = (await partner.request<{ startEscalationDraft: { id: string } }>(START, { p: project.id })).data!
      .startEscalationDraft.id;
    await partner.request(OPENED, { d: d2, a: help.id });
    const before = await audits();
    const raised = await partner.request<{ raiseEscalation: { id: string } }>(RAISE, {
      i: {
        projectId: project.id,
        category: 'PRODUCT_QUESTION',
        subject: 'Import fails',
        body: 'Row 3 is refused.',
        draftId: d2,
      },
    });
    expect(await audits()).toBe(before + 1);
    const [row] = await env.db.query(`SELECT outcome, escalation_id FROM escalation_draft WHERE id = $1`, [d2]);
    expect(row).toEqual({ outcome: 'RAISED', escalation_id: raised.data!.raiseEscalation.id });

    // 3. Closes the form without reading anything: abandoned, not deflected.
    const d3 = (await partner.request<{ startEscalationDraft: { id: string } }>(START, { p: project.id })).data!
      .startEscalationDraft.id;
    await partner.request(ABANDON, { d: d3 });
    // 4. Opens the form and reads, then nothing: in progress, and abandoned (deflected) 24 h later.
    const d4 = (await partner.request<{ startEscalationDraft: { id: string } }>(START, { p: project.id })).data!
      .startEscalationDraft.id;
    await partner.request(OPENED, { d: d4, a: help.id });

    expect(await deflection()).toEqual({
      started: 4,
      raised: 1,
      abandoned: 2,
      deflected: 1,
      inProgress: 1,
      withArticleOpened: 3,
      deflectionRate: 0.25,
    });
    clock.set(new Date(`2026-03-11T09:00:01Z`));
    expect(await deflection()).toEqual({
      started: 4,
      raised: 1,
      abandoned: 3,
      deflected: 2,
      inProgress: 0,
      withArticleOpened: 3,
      deflectionRate: 0.5,
    });
    expect(await deflection('2026-03-11', '2026-03-31')).toMatchObject({ started: 0, deflectionRate: null });
  });

  it('failing: another firm’s draft or project is not found and nothing changes; drafts are for partner users only', async () => {
    const project = await env.fx.createProject(env.fx.partnerA);
    const staff = await env.clientAs('vendorStaff');
    const help = await published(staff);
    const a = await env.clientAs('partnerAAdmin');
    const b = await env.clientAs('partnerBAdmin');
    const draft = (await a.request<{ startEscalationDraft: { id: string } }>(START, { p: project.id })).data!
      .startEscalationDraft.id;

    const startOther = await b.request<{ startEscalationDraft: { errorCode: string } }>(START, { p: project.id });
    expect(startOther.data?.startEscalationDraft.errorCode).toBe('NOT_FOUND');
    const openOther = await b.request<{ recordArticleOpened: { errorCode: string } }>(OPENED, { d: draft, a: help.id });
    expect(openOther.data?.recordArticleOpened.errorCode).toBe('NOT_FOUND');
    const abandonOther = await b.request<{ abandonEscalationDraft: { errorCode: string } }>(ABANDON, { d: draft });
    expect(abandonOther.data?.abandonEscalationDraft.errorCode).toBe('NOT_FOUND');
    const [row] = await env.db.query(`SELECT outcome, articles_opened FROM escalation_draft WHERE id = $1`, [draft]);
    expect(row).toEqual({ outcome: null, articles_opened: 0 });

    // Partner B raising on its own project with A's draft leaves A's draft alone.
    const projectB = await env.fx.createProject(env.fx.partnerB);
    await b.request(RAISE, {
      i: { projectId: projectB.id, category: 'OTHER', subject: 'x', body: 'y', draftId: draft },
    });
    expect((await env.db.query(`SELECT outcome FROM escalation_draft WHERE id = $1`, [draft]))[0].outcome).toBeNull();

    // A draft article must be published to be recorded.
    const hidden = (await staff.request<{ createArticle: { id: string } }>(CREATE, { i: article() })).data!
      .createArticle.id;
    const openDraft = await a.request<{ recordArticleOpened: { errorCode: string } }>(OPENED, { d: draft, a: hidden });
    expect(openDraft.data?.recordArticleOpened.errorCode).toBe('NOT_FOUND');

    for (const actor of ['partnerAAdmin', 'auditor'] as const) {
      const res = await (await env.clientAs(actor)).request(DEFLECTION, {});
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const vendorStart = await staff.request(START, { p: project.id });
    expect(vendorStart.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

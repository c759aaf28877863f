import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { prerenderStatic } from '@apollo/client/react/ssr';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Role } from '../../../../gql/graphql';
import { MESSAGES } from '../../../../i18n/locales';
import { SessionContext, type SessionUser } from '../../../auth/hooks/useSession';
import { TierAdminDefinitionsQuery, TierAdminReviewCyclesQuery } from '../graphql';
import TierAdminPage from '../TierAdminPage';
import { TierEditorModal } from '../TierEditorModal';

// react-router ships as ES modules only, which this Jest setup does not load: a plain link stands in.
jest.mock('react-router', () => {
  const { createElement } = jest.requireActual<typeof import('react')>('react');
  return {
    Link: ({ to, ...props }: { to: string }) => createElement('a', { ...props, href: to }),
  };
});

const SET_ID = 'set-2';

const tier = (n: number, over: Record<string, unknown> = {}) => ({
  __typename: 'TierDefinition' as const,
  id: `def-${n}`,
  setId: SET_ID,
  tier: n,
  nameEn: `Level ${n}`,
  nameJa: `レベル${n}`,
  minOnTimeRate: null,
  maxEscalationsPerProject: null,
  minAutonomousShare: null,
  minValueShare: null,
  minMeanSlots: null,
  minSlotStability: null,
  rewardRate: 1,
  ...over,
});

const TIERS = [
  tier(1),
  tier(2, { minOnTimeRate: 0.6, rewardRate: 1.02 }),
  tier(3, {
    minOnTimeRate: 0.85,
    maxEscalationsPerProject: 1.5,
    minAutonomousShare: 0.5,
    minValueShare: 0.575,
    minMeanSlots: 4,
    minSlotStability: 0.7,
    rewardRate: 1.1,
  }),
  tier(4, { minOnTimeRate: 0.9, rewardRate: 1.15 }),
  tier(5, { minOnTimeRate: 0.95, rewardRate: 1.2 }),
];

const definitionsMock: MockLink.MockedResponse = {
  request: { query: TierAdminDefinitionsQuery },
  result: {
    data: {
      tierDefinitions: TIERS,
      tierDefinitionSets: [
        {
          __typename: 'TierDefinitionSet',
          id: SET_ID,
          version: 2,
          effectiveFrom: '2026-04-01',
          createdAt: '2026-03-20T02:00:00.000Z',
          createdByEmail: 'admin@vendor.example',
          tiers: TIERS,
        },
      ],
    },
  },
};

const cyclesMock = (cycles: unknown[]): MockLink.MockedResponse => ({
  request: { query: TierAdminReviewCyclesQuery },
  result: { data: { reviewCycles: cycles } },
});

const CYCLE = {
  __typename: 'ReviewCycle',
  id: 'cycle-1',
  name: '2026 Q2',
  periodFrom: '2026-04-01',
  periodTo: '2026-06-30',
  openedAt: '2026-07-02T01:00:00.000Z',
  openedByEmail: 'admin@vendor.example',
  reviewCount: 4,
  finalizedCount: 1,
};

const user = (role: Role): SessionUser => ({
  id: 'u1',
  email: 'me@vendor.example',
  displayName: 'Me',
  role,
  locale: 'en',
  partner: null,
});

async function render(tree: ReactNode, role: Role, language = 'en', cycles: unknown[] = [CYCLE]) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: MESSAGES.en }, ja: { translation: MESSAGES.ja } },
    lng: language,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const { result } = await prerenderStatic({
    tree: (
      <MockedProvider mocks={[definitionsMock, cyclesMock(cycles)]}>
        <I18nextProvider i18n={i18n}>
          <MantineProvider env="test">
            <SessionContext.Provider value={user(role)}>{tree}</SessionContext.Provider>
          </MantineProvider>
        </I18nextProvider>
      </MockedProvider>
    ),
    renderFunction: renderToStaticMarkup,
  });
  return result;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .trim();

/** The cell texts of the row with the given test id. */
function cells(html: string, testId: string): string[] {
  const row = new RegExp(`<tr[^>]*data-testid="${testId}"[^>]*>(.*?)</tr>`).exec(html);
  if (!row) throw new Error(`no row ${testId}`);
  return [...row[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => text(m[1]));
}

describe('TierAdminPage', () => {
  it('shows the five tiers in effect with formatted thresholds and the version', async () => {
    const html = await render(<TierAdminPage />, 'VENDOR_STAFF');
    expect(html).toContain('data-testid="tiers-page"');
    expect(html).toContain('data-testid="tier-definitions-table"');
    for (const n of [1, 2, 3, 4, 5]) expect(html).toContain(`data-testid="tier-row-${n}"`);
    expect(cells(html, 'tier-row-3')).toEqual([
      'Tier 3',
      'Level 3',
      '≥ 85 %',
      '≤ 1.5',
      '≥ 50 %',
      '≥ 57.5 %',
      '≥ 4',
      '≥ 70 %',
      '×1.10',
    ]);
    expect(cells(html, 'tier-row-1')).toEqual(['Tier 1', 'Level 1', '—', '—', '—', '—', '—', '—', '×1.00']);
    expect(text(html)).toContain('Version 2, in effect from 2026-04-01');
    expect(html).toContain('data-testid="tier-version-row-2"');
  });

  it('names the tiers in Japanese for a Japanese UI', async () => {
    const html = await render(<TierAdminPage />, 'VENDOR_STAFF', 'ja');
    expect(cells(html, 'tier-row-2').slice(0, 3)).toEqual(['ティア 2', 'レベル2', '≥ 60 %']);
  });

  it('lists review cycles with their progress and a link to their reviews', async () => {
    const html = await render(<TierAdminPage />, 'VENDOR_STAFF');
    expect(html).toContain('data-testid="review-cycles-table"');
    expect(html).toContain('href="/vendor/reviews?cycle=cycle-1"');
    expect(cells(html, 'review-cycle-row')).toEqual([
      '2026 Q2',
      '2026-04-01 – 2026-06-30',
      expect.stringMatching(/2026/),
      'admin@vendor.example',
      '1 / 4 finalized',
    ]);
  });

  it('says when no cycle has been opened', async () => {
    const html = await render(<TierAdminPage />, 'VENDOR_STAFF', 'en', []);
    expect(text(html)).toContain('No review cycle has been opened yet.');
  });

  it('offers editing and opening cycles to vendor admins only', async () => {
    const staff = await render(<TierAdminPage />, 'VENDOR_STAFF');
    expect(staff).not.toContain('data-testid="tier-definitions-edit"');
    expect(staff).not.toContain('data-testid="cycle-open"');
    const admin = await render(<TierAdminPage />, 'VENDOR_ADMIN');
    expect(admin).toContain('data-testid="tier-definitions-edit"');
    for (const id of ['cycle-name', 'cycle-from', 'cycle-to', 'cycle-open'])
      expect(admin).toContain(`data-testid="${id}"`);
    expect(admin).toMatch(
      /data-testid="cycle-name"[^>]*value="\d{4} Q[1-4]"|value="\d{4} Q[1-4]"[^>]*data-testid="cycle-name"/,
    );
  });

  it('prefills the editor with percentages and "not required" as empty', async () => {
    const html = await render(<TierEditorModal definitions={TIERS} onClose={() => undefined} />, 'VENDOR_ADMIN');
    expect(html).toContain('data-testid="tier-editor"');
    expect(html).toContain('data-testid="tier-effective-from"');
    expect(html).toContain('data-testid="tier-definitions-save"');
    const valueOf = (id: string) =>
      new RegExp(`<input[^>]*data-testid="${id}"[^>]*>`).exec(html)?.[0].match(/value="([^"]*)"/)?.[1];
    expect(valueOf('tier-3-minOnTimeRate')).toBe('85 %');
    expect(valueOf('tier-3-minValueShare')).toBe('57.5 %');
    expect(valueOf('tier-3-maxEscalationsPerProject')).toBe('1.5');
    expect(valueOf('tier-3-rewardRate')).toBe('×1.1');
    expect(valueOf('tier-1-minOnTimeRate')).toBe('');
    expect(valueOf('tier-5-nameJa')).toBe('レベル5');
  });
});

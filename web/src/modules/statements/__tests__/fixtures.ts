import type { InMemoryCache } from '@apollo/client';
import { PartnerStatementsQuery, StatementSettingsQuery } from '../graphql/statements';

export const line = (projectId: string, customerName: string, over: Partial<Record<string, unknown>> = {}) => ({
  __typename: 'StatementLine' as const,
  projectId,
  customerName,
  completedOn: '2026-03-10',
  tier: 3,
  rewardRate: 1.1,
  amount: 55000,
  ...over,
});

export const statement = (
  partnerId: string,
  partnerName: string,
  lines: ReturnType<typeof line>[],
  baseFee = 50000,
) => ({
  __typename: 'PartnerStatement' as const,
  partnerId,
  partnerName,
  month: '2026-03',
  baseFee,
  completedCount: lines.length,
  total: lines.reduce((sum, l) => sum + (l.amount as number), 0),
  lines: lines as never[],
});

/** Two firms in March 2026: Alpha with two lines (¥55,000 + ¥60,000), Kaede with none. */
export const MARCH = [
  statement('p-alpha', 'Alpha Consulting', [
    line('pr-1', 'Sakura Foods', { completedOn: '2026-03-03', tier: 3, rewardRate: 1.1, amount: 55000 }),
    line('pr-2', 'Fuji Logistics', { completedOn: '2026-03-21', tier: 4, rewardRate: 1.2, amount: 60000 }),
  ]),
  statement('p-kaede', 'Kaede Partners', []),
];

export function fillStatements(cache: InMemoryCache, month: string, statements: ReturnType<typeof statement>[]) {
  cache.writeQuery({ query: PartnerStatementsQuery, variables: { month }, data: { partnerStatements: statements } });
}

export function fillSettings(cache: InMemoryCache, baseFee = 50000) {
  cache.writeQuery({
    query: StatementSettingsQuery,
    data: {
      statementSettings: {
        __typename: 'StatementSettings',
        baseFee,
        updatedAt: '2026-03-01T00:00:00.000Z',
        updatedByEmail: 'admin@example.com',
      } as never,
    },
  });
}

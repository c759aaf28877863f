import { toCsv } from '../common/csv';

export interface CsvStatementLine {
  customerName: string;
  completedOn: string;
  tier: number;
  rewardRate: number;
  amount: number;
}

export interface CsvStatement {
  partnerName: string;
  lines: readonly CsvStatementLine[];
}

/**
 * One CSV row per statement line (firm, customer, completed on, tier, reward rate, amount)
 * under the header given; figures stay plain (yen as an integer, the rate with two decimals)
 * so a spreadsheet can sum them.
 */
export function statementLinesCsv(statements: readonly CsvStatement[], header: readonly string[]): string {
  const rows = statements.flatMap((s) =>
    s.lines.map((l) => [
      s.partnerName,
      l.customerName,
      l.completedOn,
      String(l.tier),
      l.rewardRate.toFixed(2),
      String(l.amount),
    ]),
  );
  return toCsv([header, ...rows]);
}

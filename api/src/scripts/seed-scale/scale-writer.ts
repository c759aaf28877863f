import type { Client } from 'pg';

export interface TableFill {
  table: string;
  rows: number;
  seconds: number;
}

/**
 * The one connection the scale seed writes through: each `fill` is one INSERT … SELECT (or
 * UPDATE), timed and printed with the rows it wrote; `prepare` builds a working table.
 */
export class ScaleWriter {
  private readonly fills = new Map<string, TableFill>();

  constructor(
    readonly client: Client,
    private readonly log: (line: string) => void,
  ) {}

  /** An INSERT: its rows count towards the table's. */
  fill(table: string, sql: string, params: unknown[] = []): Promise<number> {
    return this.write(table, sql, params, 'rows');
  }

  /** An UPDATE of rows written before: its time counts towards the table's, not its rows. */
  update(table: string, sql: string, params: unknown[] = []): Promise<number> {
    return this.write(table, sql, params, 'updated');
  }

  private async write(table: string, sql: string, params: unknown[], what: 'rows' | 'updated'): Promise<number> {
    const started = performance.now();
    const res = await this.client.query(sql, params);
    const seconds = (performance.now() - started) / 1000;
    const rows = res.rowCount ?? 0;
    const total = this.fills.get(table) ?? { table, rows: 0, seconds: 0 };
    if (what === 'rows') total.rows += rows;
    total.seconds += seconds;
    this.fills.set(table, total);
    const count = rows.toLocaleString('en-US').padStart(11);
    this.log(`${table.padEnd(30)} ${count} ${what.padEnd(7)} ${seconds.toFixed(1).padStart(6)} s`);
    return rows;
  }

  /**
   * A working table (TEMP, gone with the connection; analyzed, so the planner sizes it right) or
   * another statement that is not a fill.
   */
  async prepare(label: string, sql: string, params: unknown[] = []): Promise<void> {
    const started = performance.now();
    await this.client.query(sql, params);
    const temp = /^\s*CREATE TEMP TABLE (\w+)/.exec(sql);
    if (temp) await this.client.query(`ANALYZE ${temp[1]}`);
    const seconds = (performance.now() - started) / 1000;
    this.log(`${`(${label})`.padEnd(30)} ${''.padStart(19)} ${seconds.toFixed(1).padStart(6)} s`);
  }

  async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query(sql, params)).rows as T[];
  }

  /** Rows written per table, in the order first written. */
  summary(): TableFill[] {
    return [...this.fills.values()];
  }
}

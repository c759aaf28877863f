/** What a suite hands back: one table (the runner prints it and writes it to docs) and notes. */
export interface BenchResult {
  columns: string[];
  rows: string[][];
  notes: string[];
}

/** A benchmark suite; `run` logs progress through `log` and returns its table. */
export interface BenchSuite {
  title: string;
  run(log: (line: string) => void): BenchResult | Promise<BenchResult>;
}

/** A Markdown table with padded columns, readable both on a terminal and rendered. */
export function markdownTable(columns: string[], rows: string[][]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => cell(r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => cell(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(columns), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Plain-text tables for the benchmark's console output. */
export function table(title: string, header: string[], rows: (string | number | null)[][]): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => (cell === null ? '–' : String(cell))))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [`\n${title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const pct = (share: number) => `${(share * 100).toFixed(0)}%`;

/** Search relevance: the scores per category and overall, then every query that missed the first three places. */
export function relevanceTables(result: {
  overall: { queries: number; hitAt1: number; hitAt3: number; mrr: number };
  byCategory: Record<string, { queries: number; hitAt1: number; hitAt3: number; mrr: number }>;
  queries: { query: string; category: string; rank: number | null; first: string | null }[];
}): string {
  const row = (name: string, s: typeof result.overall) => [
    name,
    s.queries,
    pct(s.hitAt1),
    pct(s.hitAt3),
    s.mrr.toFixed(2),
  ];
  const misses = result.queries.filter((q) => q.rank === null || q.rank > 3);
  return [
    table(
      'Search relevance (test/search/queries.yaml, section level)',
      ['category', 'queries', 'hit@1', 'hit@3', 'MRR'],
      [...Object.entries(result.byCategory).map(([name, s]) => row(name, s)), row('all', result.overall)],
    ),
    table(
      'Queries not in the first 3',
      ['query', 'category', 'rank', 'first landing'],
      misses.map((q) => [q.query, q.category, q.rank, q.first]),
    ),
  ].join('\n');
}

/**
 * Reads test/search/queries.yaml, the public relevance set for site search, and scores a ranked list of result
 * links against it. Used by `npm run bench` (every query) and by e2e/search-relevance.spec.ts (the gated ones).
 * A malformed entry fails naming its index and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

export const CATEGORIES = ['words', 'abbreviation', 'misspelling', 'question', 'landing', 'spoiler'] as const;

const querySchema = z.strictObject({
  /** What the reader types. */
  query: z.string().min(1),
  /** Which way of asking the query stands for (see the file's header). */
  category: z.enum(CATEGORIES),
  /** "page/path/#anchor" (no base, no leading slash) the query should find; any of a list counts. */
  expect: z.union([z.string(), z.array(z.string()).min(1)]).transform((e) => (Array.isArray(e) ? e : [e])),
  /** In `npm test`'s regression gate. */
  gate: z.boolean().default(false),
});
export type RelevanceQuery = z.infer<typeof querySchema>;

export const QUERY_SET_FILE = join(import.meta.dirname, 'queries.yaml');

export function readQuerySet(file = QUERY_SET_FILE): RelevanceQuery[] {
  const parsed = z.object({ queries: z.array(querySchema).min(1) }).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `queries.${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data.queries;
}

/** 1-based rank of the first link that is an expected place, or undefined when none is. */
export function rankOf(links: string[], expected: string[]): number | undefined {
  const at = links.findIndex((link) => expected.includes(link));
  return at < 0 ? undefined : at + 1;
}

export interface Score {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
}

export function score(ranks: (number | undefined)[]): Score {
  const n = ranks.length || 1;
  return {
    queries: ranks.length,
    hitAt1: ranks.filter((r) => r === 1).length / n,
    hitAt3: ranks.filter((r) => r !== undefined && r <= 3).length / n,
    mrr: ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / n,
  };
}

/**
 * Search relevance over the public query set (test/search/queries.yaml): for each query, the rank of its expected
 * place among the landings the site's search page shows (e2e/support/search-results.ts), then hit@1, hit@3 and
 * mean reciprocal rank, overall and per category. A measurement: it never fails on a number.
 *
 *   npm run bench:search   (after npm run build; E2E_PORT picks the preview port)
 */
import type { Browser } from '@playwright/test';
import { landingsFor } from '../../e2e/support/search-results.ts';
import { CATEGORIES, rankOf, readQuerySet, score, type Score } from '../../test/search/query-set.ts';

export interface RelevanceResult {
  overall: Score;
  byCategory: Record<string, Score>;
  queries: { query: string; category: string; rank: number | null; first: string | null }[];
}

export async function searchRelevance(browser: Browser, origin: string, base: string): Promise<RelevanceResult> {
  const page = await browser.newPage({ baseURL: origin });
  const queries: RelevanceResult['queries'] = [];
  try {
    for (const entry of readQuerySet()) {
      const landings = await landingsFor(page, entry.query, base);
      const rank = rankOf(landings, entry.expect) ?? null;
      queries.push({ query: entry.query, category: entry.category, rank, first: landings[0] ?? null });
    }
  } finally {
    await page.close();
  }
  const ranks = (list: typeof queries) => list.map((q) => q.rank ?? undefined);
  return {
    overall: score(ranks(queries)),
    byCategory: Object.fromEntries(
      CATEGORIES.map((category) => [category, score(ranks(queries.filter((q) => q.category === category)))]),
    ),
    queries,
  };
}

/**
 * Relevance gate, not a behaviour spec: every query of test/search/queries.yaml marked `gate: true` must find its
 * expected place among the first 3 landings of the site's own search page. It names content because the query set
 * does; the set and its expectations live in that file, and `npm run bench` scores all of it (hit@1, hit@3, MRR).
 */
import { test, expect } from './support/fixtures';
import { landingsFor } from './support/search-results';
import { readQuerySet, rankOf } from '../test/search/query-set';

const gated = readQuerySet().filter((entry) => entry.gate);

for (const entry of gated) {
  test(`relevance (${entry.category}): "${entry.query}" finds ${entry.expect.join(' or ')} in the first 3`, async ({
    page,
    baseURL,
  }) => {
    const landings = await landingsFor(page, entry.query, new URL(baseURL!).pathname);
    const rank = rankOf(landings, entry.expect);
    expect(rank, `landings: ${landings.slice(0, 5).join(', ')}`).toBeDefined();
    expect(rank!).toBeLessThanOrEqual(3);
  });
}

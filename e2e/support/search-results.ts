/**
 * The places a search on /search/ lands on, in the order a reader meets them: every result link marked
 * `data-landing` by the results code, as "page/path/#anchor" without the base path or the ?highlight= words.
 * Shared by the relevance gate (e2e/search-relevance.spec.ts) and the benchmark (scripts/bench/search-relevance.ts),
 * so both measure exactly what the site's own search shows.
 */
import type { Page } from '@playwright/test';

export async function landingsFor(page: Page, query: string, base: string): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('main search-box [role="status"]');
  await status.filter({ hasText: /\S/ }).waitFor();
  const hrefs = await page
    .locator('main .search-results a[data-landing]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return hrefs.map((href) => {
    const url = new URL(href, 'http://site.invalid');
    return url.pathname.slice(base.length) + url.hash;
  });
}

/**
 * What a reader's first search downloads: Pagefind's script, its WebAssembly, the index entry, the index chunks
 * for one query and the first five results, gzipped. Null when the build has no Pagefind index.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';

export async function firstSearch(browser: Browser, origin: string, base: string, dist: string, query: string) {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) return null;
  const page = await browser.newPage();
  await page.goto(`${origin}${base}`, { waitUntil: 'networkidle' });
  const sizes: Promise<number>[] = [];
  const record = (response: Response) =>
    sizes.push(
      response.body().then(
        (body) => gzipSync(body).length,
        () => 0,
      ),
    );
  page.on('response', record);
  const results = await page.evaluate(
    async ({ url, query }) => {
      const pagefind = await import(url);
      await pagefind.init?.();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
      return search.results.length as number;
    },
    { url: `${base}pagefind/pagefind.js`, query },
  );
  await page.waitForLoadState('networkidle');
  page.off('response', record);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.close();
  return { query, results, requests: sizes.length, gzipBytes: bytes };
}

/** Gzipped first-load HTML, CSS, JS and fonts of every page, measured as the budgets suite measures them. */
import type { Browser } from '@playwright/test';
import { measureFirstLoad } from '../../e2e/support/first-load.ts';
import { stats } from './sizes.ts';

const KINDS = ['html', 'css', 'js', 'fonts'] as const;
export type PageWeight = { path: string } & Record<(typeof KINDS)[number], number>;

export async function pageWeights(browser: Browser, origin: string, pages: string[]) {
  const perPage: PageWeight[] = [];
  for (const path of pages) {
    const page = await browser.newPage({ baseURL: origin });
    const load = await measureFirstLoad(page, path);
    perPage.push({ path, html: load.html, css: load.css, js: load.js, fonts: load.fonts });
    await page.close();
  }
  const summary = Object.fromEntries(KINDS.map((kind) => [kind, stats(perPage.map((p) => p[kind]))]));
  return { perPage, summary };
}

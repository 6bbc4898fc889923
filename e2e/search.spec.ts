/**
 * Site search (Pagefind): heading-level results with #anchors, highlighting and opened answers on arrival,
 * the keyboard shortcuts, and nothing loaded until a reader opens search. Paths are relative to baseURL, so the
 * tests tagged @base-path also run against the build served under /guide/ (the "base-path" project).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { BASE, DIST, PAGES, isGuidePage } from './support/site';

const firstGuidePage = PAGES.find(isGuidePage);
if (!firstGuidePage) throw new Error('The build has no guide page to search from.');
/** A guide page, relative to the base path, so it resolves under either project's baseURL. */
const guidePage = firstGuidePage.slice(BASE.length);
const isPagefind = (url: string) => /\/pagefind\//.test(url);
/** What a file costs over a gzip-encoded connection; Pagefind's index and WebAssembly files are gzipped already. */
const gzippedSize = (file: Buffer) => (file[0] === 0x1f && file[1] === 0x8b ? file.length : gzipSync(file).length);

/** Results for `query` on /search/, once the status line has announced them. */
async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const box = page.locator('main search-box');
  await expect(box.getByRole('status')).toContainText(`for “${query}”`);
  return box;
}

for (const term of ['TRIM_HORIZON', 'enhanced fan-out', 'ProvisionedThroughputExceededException']) {
  test(`"${term}" finds sections by #anchor, and the first result highlights it on arrival @base-path`, async ({
    page,
    baseURL,
    problems,
  }) => {
    void problems;
    const box = await searchFor(page, term);
    await expect(box.getByRole('status')).toHaveText(/^\d+ results? for/);
    const first = box.locator('.search-result').first();
    const words = term.split(' ');
    for (const word of words)
      await expect(first.locator('mark', { hasText: new RegExp(word, 'i') }).first()).toBeVisible();

    // Every section link, and the first result's first link with a fragment, point into the page under the base.
    const sectionLinks = await box
      .locator('.search-result-sections a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of sectionLinks) expect(href).toMatch(/#[\w-]+$/);
    const target = first.locator('a[href*="#"]').first();
    const href = (await target.getAttribute('href'))!;
    expect(href.startsWith(new URL(baseURL!).pathname), `${href} is under the base path`).toBe(true);

    await target.click();
    const fragment = href.split('#')[1];
    await expect(page).toHaveURL(new RegExp(`#${fragment}$`));
    const marks = page.locator('article mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    for (const word of words)
      await expect(marks.filter({ hasText: new RegExp(`^${word}$`, 'i') }).first()).toBeAttached();
    await expect(page.locator(`[id="${fragment}"]`)).toBeInViewport();
  });
}

test('a match only inside a closed answer opens that answer on arrival @base-path', async ({ page, problems }) => {
  void problems;
  const box = await searchFor(page, 'open-source compatibility');
  const link = box.locator('.search-result a').first();
  const path = new URL((await link.getAttribute('href'))!, page.url()).pathname;
  // Opened without the search words, the page keeps every answer closed.
  await page.goto(path);
  await expect(page.locator('details.answer[open]')).toHaveCount(0);

  await page.goBack();
  await box.locator('.search-result a').first().click();
  const answer = page.locator('details.answer', { has: page.locator('mark.pagefind-highlight') });
  await expect(answer).toHaveCount(1);
  await expect(answer).toHaveAttribute('open', '');
  await expect(answer.locator('mark', { hasText: 'compatibility' })).toBeInViewport();
});

test('a nonsense query says there are no results @base-path', async ({ page, problems }) => {
  void problems;
  const box = await searchFor(page, 'xqzjvw');
  await expect(box.getByRole('status')).toHaveText('No results for “xqzjvw”. Try fewer or different words.');
  await expect(box.locator('.search-result')).toHaveCount(0);
});

test('only article text is indexed, not the footer or navigation', async ({ page, problems }) => {
  void problems;
  // A word in every page's footer and in no article. Pagefind may still list loose partial matches, so the
  // check is that no excerpt shows the word itself.
  const box = await searchFor(page, 'affiliated');
  await expect(box.locator('mark', { hasText: /affiliated/i })).toHaveCount(0);
});

test('nothing of search loads until the reader opens it; "/" opens it and Escape closes it @base-path', async ({
  page,
  problems,
}) => {
  void problems;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(guidePage);
  await page.waitForLoadState('networkidle');
  expect(requests.filter(isPagefind), 'Pagefind requests before search was opened').toEqual([]);
  expect(requests.filter((url) => /search-box|highlight-on-arrival/.test(url))).toEqual([]);

  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  const input = dialog.getByRole('searchbox');
  const pagefindLoads = page.waitForRequest((request) => isPagefind(request.url()));
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await pagefindLoads;
  // The slash opened search; it was not typed into the field.
  await expect(input).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: /^Search/ })).toBeFocused();

  await page.keyboard.press('ControlOrMeta+k');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
});

test('a first search downloads under 120 KB gzipped (bytes and time are logged)', async ({ page, problems }) => {
  void problems;
  await page.goto(guidePage);
  await page.waitForLoadState('networkidle');
  const fetched = new Set<string>();
  page.on('requestfinished', (request) => fetched.add(new URL(request.url()).pathname));
  await page.keyboard.press('/');
  // Typing starts at once, so the first query also waits for Pagefind to load; the second one does not.
  const timeToResults = (query: string) =>
    page.locator('dialog search-box').evaluate(async (box, query) => {
      const input = box.querySelector('input')!;
      const status = box.querySelector('[role="status"]')!;
      const shown = new Promise<void>((resolve) => {
        new MutationObserver(() => status.textContent?.includes(`for “${query}”`) && resolve()).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      const typed = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await shown;
      return Math.round(performance.now() - typed);
    }, query);
  const first = await timeToResults('TRIM_HORIZON');
  const second = await timeToResults('enhanced fan-out');
  const files = [...fetched].filter((path) => /\/(pagefind|_astro)\/.+\.(js|json|pagefind|pf_\w+)$/.test(path));
  const gzipped = files.map((path) => ({
    path,
    bytes: gzippedSize(readFileSync(join(DIST, path.slice(BASE.length)))),
  }));
  const total = gzipped.reduce((sum, file) => sum + file.bytes, 0);
  console.log(
    [
      `first search: ${total} bytes gzipped in ${files.length} files; results ${first} ms after typing (cold), ${second} ms (warm)`,
      ...gzipped.map(({ path, bytes }) => `  ${bytes}\t${path}`),
    ].join('\n'),
  );
  expect(
    files.some((path) => path.endsWith('.pagefind')),
    'the WebAssembly was fetched',
  ).toBe(true);
  expect(total).toBeLessThan(120_000);
});

test('header search: results announced, arrow keys move through them, Enter follows one', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto(guidePage);
  await page.getByRole('link', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await dialog.getByRole('searchbox').fill('TRIM_HORIZON');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “TRIM_HORIZON”$/);
  const links = dialog.locator('.search-results a');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const href = (await links.nth(1).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname + url.search + url.hash === href);
  await expect(page.locator('mark.pagefind-highlight', { hasText: 'TRIM_HORIZON' }).first()).toBeVisible();
});

test('the /search/ page keeps the query in the address so a search can be linked', async ({ page, problems }) => {
  void problems;
  await page.goto('search/');
  await page.locator('main').getByRole('searchbox').fill('DMS');
  await expect(page.locator('main').getByRole('status')).toContainText('for “DMS”');
  await expect(page).toHaveURL(/\/search\/\?q=DMS$/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header control is a link to /search/, which says search needs JavaScript', async ({ page, problems }) => {
    void problems;
    await page.goto(guidePage);
    await page.getByRole('link', { name: /^Search/ }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    // getByText skips <noscript>, so the message is found by its class and its text checked.
    const message = page.locator('.search-needs-javascript');
    await expect(message).toBeVisible();
    await expect(message).toContainText('Search needs JavaScript');
  });
});

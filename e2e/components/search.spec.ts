/**
 * Site search (Pagefind): results by section #anchor, highlighting on arrival and the closed answer it opens, the
 * keyboard ("/", Ctrl+K, arrows, Enter, Escape), the query kept in /search/'s address, nothing of search loaded
 * until the reader opens it, and a plain link to /search/ without JavaScript.
 *
 * Queries are the made-up names of the fixture's search guide, or words taken from the build the test is served
 * from (e2e/support/search-index.ts), so no spec names the content. Paths are relative to baseURL and words come
 * from the `site` fixture, so the tests tagged @base-path also run, unchanged, on the real build served under
 * /guide/ (the "base-path" project).
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { isGuidePageIn, type BuiltSite } from '../support/built-site';
import { answerWord, commonWord, footerWord, literally, nonsenseWord, sectionWord } from '../support/search-index';

/** The made-up names of e2e/fixtures/content/search-guide/second.mdx: each a shape of word search must handle. */
const SHAPES = {
  'a SNAKE_CASE name in code': 'FROBBLE_HORIZON',
  'a two-word phrase with a hyphenated word': 'glimmering flax-out',
  'a long CamelCase name in code': 'QuibbleFrobnicatorOverflowException',
};

/** A guide page of `site`, relative to the base path, so it resolves under either project's baseURL. */
function guidePage(site: BuiltSite) {
  const path = site.PAGES.find(isGuidePageIn(site.htmlOf));
  if (!path) throw new Error(`${site.DIST} has no guide page to search from.`);
  return path.slice(site.BASE.length);
}

const isPagefind = (url: string) => /\/pagefind\//.test(url);

/** Results for `query` on /search/, once the status line has announced them. */
async function searchFor(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const box = page.locator('main search-box');
  await expect(box.getByRole('status')).toContainText(`for “${query}”`);
  return box;
}

/**
 * Searches `query` and follows the first result's first link to a section: every word is marked in that result
 * and again on arrival, every section link has an #anchor, links stay under the base path, and the target shows.
 * Returns the address followed.
 */
async function findsSectionsAndHighlights(page: Page, baseURL: string, query: string) {
  const box = await searchFor(page, query);
  await expect(box.getByRole('status')).toHaveText(/^\d+ results? for/);
  const first = box.locator('.search-result').first();
  const words = query.split(' ');
  for (const word of words)
    await expect(first.locator('mark', { hasText: new RegExp(literally(word), 'i') }).first()).toBeVisible();

  // Every section link, and the first result's first link with a fragment, point into the page under the base.
  const sectionLinks = await box
    .locator('.search-result-sections a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of sectionLinks) expect(href).toMatch(/#[\w-]+$/);
  const target = first.locator('a[href*="#"]').first();
  const href = (await target.getAttribute('href'))!;
  expect(href.startsWith(new URL(baseURL).pathname), `${href} is under the base path`).toBe(true);

  await target.click();
  const fragment = href.split('#')[1];
  await expect(page).toHaveURL(new RegExp(`#${fragment}$`));
  const marks = page.locator('article mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  for (const word of words)
    await expect(marks.filter({ hasText: new RegExp(`^${literally(word)}$`, 'i') }).first()).toBeAttached();
  await expect(page.locator(`[id="${fragment}"]`)).toBeInViewport();
  return new URL(href, page.url());
}

test('a word found in one section finds it by #anchor, and the result highlights it on arrival @base-path', async ({
  page,
  baseURL,
  site,
}) => {
  const { word, path, id } = sectionWord(site);
  const followed = await findsSectionsAndHighlights(page, baseURL!, word);
  expect(followed.pathname + followed.hash, `where "${word}" led`).toBe(`${path}#${id}`);
});

for (const [shape, query] of Object.entries(SHAPES)) {
  test(`${shape} finds its section by #anchor, and the result highlights every word on arrival`, async ({
    page,
    baseURL,
  }) => {
    const followed = await findsSectionsAndHighlights(page, baseURL!, query);
    expect(followed.hash, `where "${query}" led`).not.toBe('');
  });
}

test('a match only inside a closed answer opens that answer on arrival @base-path', async ({ page, site }) => {
  const { word, path } = answerWord(site);
  const box = await searchFor(page, word);
  const link = box.locator(`.search-result a[href^="${path}?"]`).first();
  // Opened without the search words, the page keeps every answer closed.
  await page.goto(path);
  await expect(page.locator('details.answer')).not.toHaveCount(0);
  await expect(page.locator('details.answer[open]')).toHaveCount(0);

  await page.goBack();
  await link.click();
  const answer = page.locator('details.answer', { has: page.locator('mark.pagefind-highlight') });
  await expect(answer).toHaveCount(1);
  await expect(answer).toHaveAttribute('open', '');
  await expect(answer.locator('mark', { hasText: new RegExp(`^${literally(word)}$`, 'i') })).toBeInViewport();
});

test('a nonsense query says there are no results @base-path', async ({ page, site }) => {
  const nonsense = nonsenseWord(site);
  const box = await searchFor(page, nonsense);
  await expect(box.getByRole('status')).toHaveText(`No results for “${nonsense}”. Try fewer or different words.`);
  await expect(box.locator('.search-result')).toHaveCount(0);
});

test('only article text is indexed, not the footer or navigation', async ({ page, site }) => {
  // A word of every page's footer that no article uses in any form. Pagefind may still list loose partial
  // matches, so the check is that no excerpt shows the word itself.
  const word = footerWord(site);
  const box = await searchFor(page, word);
  await expect(box.locator('mark', { hasText: new RegExp(literally(word), 'i') })).toHaveCount(0);
});

test('nothing of search loads until the reader opens it; "/" opens it and Escape closes it @base-path', async ({
  page,
  site,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(guidePage(site));
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

test('header search: results announced, arrow keys move through them, Enter follows one', async ({ page, site }) => {
  // The most used word, so there are links to move through.
  const word = commonWord(site);
  await page.goto(guidePage(site));
  await page.getByRole('link', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await dialog.getByRole('searchbox').fill(word);
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${literally(word)}”$`));
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
  const marks = page.locator('mark.pagefind-highlight', { hasText: new RegExp(literally(word), 'i') });
  await expect(marks.filter({ visible: true }).first()).toBeVisible();
});

test('the /search/ page keeps the query in the address so a search can be linked', async ({ page, site }) => {
  const word = commonWord(site);
  await page.goto('search/');
  await page.locator('main').getByRole('searchbox').fill(word);
  await expect(page.locator('main').getByRole('status')).toContainText(`for “${word}”`);
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${literally(word)}$`));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header control is a link to /search/, which says search needs JavaScript', async ({ page, site }) => {
    await page.goto(guidePage(site));
    await page.getByRole('link', { name: /^Search/ }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    // getByText skips <noscript>, so the message is found by its class and its text checked.
    const message = page.locator('.search-needs-javascript');
    await expect(message).toBeVisible();
    await expect(message).toContainText('Search needs JavaScript');
  });
});

/**
 * How search reads what students type and where its results land: aliases, spelling suggestions, landings on
 * checkpoint questions without spoiling their answers, and the dialog's controls (360 px fit, "See all", key
 * hints, one Escape, Clear, recent searches). Every query is derived from the build (its hidden aliases, its
 * questions and answers, its vocabulary), so no spec names the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { BASE, DIST, PAGES, isGuidePage } from '../support/fixture-site';
import { aliasWord, literally } from '../support/search-index';

const html = (path: string) => readFileSync(join(DIST, path.slice(BASE.length), 'index.html'), 'utf8');
const text = (fragment: string) =>
  fragment
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const guidePages = PAGES.filter(isGuidePage).filter((path) => !/\/print\/$/.test(path));
const relative = (path: string) => path.slice(BASE.length);

/** A checkpoint question and two words only its answer holds. */
const questioned = (() => {
  const answered =
    /<div class="question" id="(q\d+)">(.*?)<answer-block>.*?<div class="answer-body">(.*?)<self-check/gs;
  for (const path of guidePages) {
    for (const match of html(path).matchAll(answered)) {
      const question = text(match[2]!).toLowerCase();
      // Tooltips and scripts are not indexed, so their words are no use.
      const body = match[3]!.replace(/<span role="tooltip".*?<\/span>|<script.*?<\/script>/gs, '');
      const words = text(body)
        .split(' ')
        .map((word) => word.replace(/[^\p{L}]/gu, ''))
        .filter((word) => word.length >= 5 && !question.includes(word.toLowerCase()));
      if (words.length >= 2) return { path, id: match[1]!, answerWords: words.slice(0, 2) };
    }
  }
  return undefined;
})();

const vocabulary = JSON.parse(readFileSync(join(DIST, 'pagefind', 'vocabulary.json'), 'utf8')) as Record<
  string,
  number
>;

async function searchPage(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const box = page.locator('main search-box');
  await expect(box.getByRole('status')).toContainText(/\S/);
  return box;
}

async function openDialog(page: Page) {
  await page.goto(relative(guidePages[0]!));
  await page.getByRole('link', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  return dialog;
}

// Tagged @base-path, so it also runs on the real build under /guide/: it takes its alias from the `site` it is
// served from, not from the fixture site this file reads for the other tests.
test('an alias the page never shows finds its section first, and stays hidden from readers @base-path', async ({
  page,
  site,
}) => {
  const { path, id, word: alias } = aliasWord(site);
  const box = await searchPage(page, alias);
  const first = box.locator('a[data-landing]').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${literally(path)}\\?.*#${id}$`));
  await page.goto(path);
  const hidden = page.locator(`[id="${id}"] + p.search-aliases`);
  await expect(hidden).toBeHidden();
  const tree = await page.locator(`[id="${id}"]`).evaluate((heading) => heading.parentElement!.innerText);
  expect(tree).not.toContain(alias);
});

test('the glossary shows a term\'s aliases as "also: …", and searching one lands on the term', async ({ page }) => {
  const path = guidePages.find((p) => html(p).includes('class="glossary-aliases"'));
  expect(path, 'a fixture glossary term with aliases').toBeDefined();
  const [, id, alias] = /<dt id="([^"]+)"(?:(?!<dt).)*?class="glossary-aliases">also: ([^<,]+)/s.exec(html(path!))!;
  await page.goto(relative(path!));
  await expect(page.locator(`[id="${id}"] + dd .glossary-aliases`)).toHaveText(new RegExp(`^also: ${alias}`));
  const box = await searchPage(page, alias!);
  await expect(box.locator('a[data-landing]').first()).toHaveAttribute('href', new RegExp(`#${id}$`));
});

test('a match only in an answer lands on its question and shows "match in the answer", not the answer', async ({
  page,
}) => {
  expect(questioned, 'a fixture checkpoint question whose answer has two words of its own').toBeDefined();
  const { path, id, answerWords } = questioned!;
  const box = await searchPage(page, answerWords.join(' '));
  const landing = box.locator(`a[data-landing][href*="${relative(path)}?"][href$="#${id}"]`);
  await expect(landing).toHaveCount(1);
  const excerpt = landing.locator('xpath=following-sibling::p[1]');
  await expect(excerpt).toContainText('match in the answer');
  for (const word of answerWords) await expect(excerpt).not.toContainText(word);

  await landing.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const answer = page.locator('details.answer', { has: page.locator('mark.pagefind-highlight') }).first();
  await expect(answer).toHaveAttribute('open', '');
});

test('a misspelt word gets "Did you mean", and Enter applies it', async ({ page }) => {
  // A long, common word of the indexed text with two letters swapped, so it is in no page.
  const word = Object.entries(vocabulary)
    .filter(([w]) => /^[a-z]{9,}$/.test(w))
    .sort((a, b) => b[1] - a[1])[0]![0];
  const typo = word.slice(0, 3) + word[4] + word[3] + word.slice(5);
  expect(vocabulary[typo]).toBeUndefined();
  const box = await searchPage(page, typo);
  const suggestion = box.getByRole('button', { name: word, exact: true });
  await expect(suggestion).toBeVisible();
  await expect(box.getByRole('status')).toContainText(`for “${word}”`);
  await box.getByRole('searchbox').press('Enter');
  await expect(box.getByRole('searchbox')).toHaveValue(word);
  await expect(box.getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${word}”`));
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the search dialog and its results fit the screen', async ({ page }) => {
    const dialog = await openDialog(page);
    const word = Object.entries(vocabulary).sort((a, b) => b[1] - a[1])[0]![0];
    await dialog.getByRole('searchbox').fill(word);
    await expect(dialog.locator('.search-result').first()).toBeVisible();
    const overflowing = await dialog.evaluate((root) =>
      [root, ...root.querySelectorAll('*')]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.left < 0 || box.right > document.documentElement.clientWidth;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(overflowing, 'elements past the screen edge').toEqual([]);
    await expect(dialog.getByRole('button', { name: 'Search', exact: true })).toBeInViewport({ ratio: 1 });
  });
});

test('the dialog: "See all N results", key hints, Clear, and one Escape closes it', async ({ page }) => {
  const dialog = await openDialog(page);
  await expect(dialog.locator('.search-keys')).toContainText('Esc');
  const input = dialog.getByRole('searchbox');
  const status = dialog.getByRole('status');
  const limit = Number(await dialog.locator('search-box').getAttribute('data-max-pages'));
  // The most used words, until one is on more pages than the dialog lists.
  let word = '';
  let count = 0;
  for (const [candidate] of Object.entries(vocabulary)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)) {
    await input.fill(candidate);
    await expect(status).toContainText(`for “${candidate}”`);
    [word, count] = [candidate, Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1])];
    if (count > limit) break;
  }
  expect(count, 'a word on more pages than the dialog lists').toBeGreaterThan(limit);
  const all = dialog.getByRole('link', { name: `See all ${count} results` });
  await expect(all).toHaveAttribute('href', new RegExp(`search/\\?q=${word}$`));

  await dialog.getByRole('button', { name: 'Clear' }).click();
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();
  await expect(dialog.locator('.search-result')).toHaveCount(0);

  await input.fill(word);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('recent searches are offered in the empty box, and can be cleared', async ({ page }) => {
  const dialog = await openDialog(page);
  const word = Object.entries(vocabulary).sort((a, b) => b[1] - a[1])[0]![0];
  await dialog.getByRole('searchbox').fill(word);
  await dialog.locator('a[data-landing]').first().click();
  await page.waitForURL(/highlight=/);

  await page.getByRole('link', { name: /^Search/ }).click();
  const recent = page.getByRole('dialog').locator('.search-recent');
  await expect(recent.getByRole('button', { name: word, exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(recent.getByRole('button', { name: word, exact: true })).toBeFocused();
  await recent.getByRole('button', { name: 'Clear recent searches' }).click();
  await expect(recent).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('recent-searches'))).toBeNull();
});

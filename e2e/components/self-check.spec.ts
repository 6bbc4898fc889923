/**
 * Self-check marks: "I knew it" / "Review again" survive a reload and show as "N of M known" on the page and in
 * the sidebar of every guide page; the reset clears them; corrupt or blocked storage never breaks the page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { BASE, PAGES, pagesContaining } from '../support/fixture-site';
import { SELF_CHECK_STORAGE_KEY } from '../../src/consts';

const pagesWithAnswers = pagesContaining('<details class="answer"');

/** The progress line in the answer toolbar (the sidebar has its own). */
const pageSummary = (page: Page) => page.locator('answer-controls self-check-summary');
const sidebarSummary = (page: Page) =>
  page.getByRole('navigation', { name: 'Guide pages' }).locator('self-check-summary');

/** Opens `path` with nothing marked, marks its first answer "I knew it" and checks the summary counts it. */
async function markFirstAnswerKnown(page: Page, path: string) {
  await page.goto(path);
  const total = await page.locator('details.answer').count();
  await expect(pageSummary(page)).toHaveText(`0 of ${total} known`);
  const first = page.locator('details.answer').first();
  await first.locator('summary').click();
  await first.getByRole('button', { name: 'I knew it' }).click();
  await expect(first.getByRole('button', { name: 'I knew it' })).toHaveAttribute('aria-pressed', 'true');
  await expect(pageSummary(page)).toHaveText(`1 of ${total} known`);
  return total;
}

for (const path of pagesWithAnswers) {
  test(`${path}: marks survive a reload, show in the sidebar on other pages, and reset clears them`, async ({
    page,
  }) => {
    await page.goto(path);
    const total = await page.locator('details.answer').count();
    await expect(pageSummary(page)).toHaveText(`0 of ${total} known`);
    await expect(sidebarSummary(page)).toHaveText(`0 of ${total} known`);

    const first = page.locator('details.answer').first();
    await first.locator('summary').click();
    const knew = first.getByRole('button', { name: 'I knew it' });
    const review = first.getByRole('button', { name: 'Review again' });
    await knew.click();
    await expect(knew).toHaveAttribute('aria-pressed', 'true');
    await expect(pageSummary(page)).toHaveText(`1 of ${total} known`);
    await expect(sidebarSummary(page)).toHaveText(`1 of ${total} known`);
    if (total > 1) {
      const last = page.locator('details.answer').last();
      await last.locator('summary').click();
      await last.getByRole('button', { name: 'Review again' }).click();
    }

    await page.reload();
    // Folded, each answer still shows its mark, as a word and not by colour alone.
    await expect(first.locator('summary')).toContainText('Known');
    if (total > 1) await expect(page.locator('details.answer').last().locator('summary')).toContainText('Review again');
    await first.locator('summary').click();
    await expect(knew).toHaveAttribute('aria-pressed', 'true');
    await expect(review).toHaveAttribute('aria-pressed', 'false');
    await expect(pageSummary(page)).toHaveText(`1 of ${total} known`);

    // Another page of the same guide shows the same progress in its sidebar.
    const guideRoot = `${BASE}${path.slice(BASE.length).split('/')[0]}/`;
    const sibling = PAGES.find((other) => other !== path && other.startsWith(guideRoot));
    if (sibling) {
      await page.goto(sibling);
      await expect(sidebarSummary(page)).toHaveText(`1 of ${total} known`);
      await page.goto(path);
      await first.locator('summary').click();
    }

    // Changing a mark replaces it; pressing it again takes it back.
    await review.click();
    await expect(knew).toHaveAttribute('aria-pressed', 'false');
    await expect(pageSummary(page)).toHaveText(`0 of ${total} known`);
    await knew.click();
    await expect(pageSummary(page)).toHaveText(`1 of ${total} known`);

    // The reset offers an undo, which brings the marks back.
    await page.getByRole('button', { name: 'Reset my marks' }).click();
    await expect(pageSummary(page)).toHaveText(`0 of ${total} known`);
    await expect(knew).toHaveAttribute('aria-pressed', 'false');
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expect(pageSummary(page)).toHaveText(`1 of ${total} known`);
    await expect(knew).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Reset my marks' }).click();
    await expect(pageSummary(page)).toHaveText(`0 of ${total} known`);
    await expect(knew).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await first.locator('summary').click();
    await expect(knew).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), SELF_CHECK_STORAGE_KEY)).toEqual(
      {},
    );
  });

  for (const [label, stored] of [
    ['not JSON', '{"broken'],
    ['a JSON array', '[1,2]'],
    ['unknown marks', '{"x#1":"maybe","y#2":42}'],
  ] as const) {
    test(`${path}: storage holding ${label} is tolerated and then repaired`, async ({ page }) => {
      await page.addInitScript(
        ({ key, value }) => {
          // Seed once: the reload below must see what the page itself wrote.
          if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', 'yes');
        },
        { key: SELF_CHECK_STORAGE_KEY, value: stored },
      );
      const total = await markFirstAnswerKnown(page, path);
      await page.reload();
      await expect(pageSummary(page)).toHaveText(`1 of ${total} known`);
    });
  }

  test(`${path}: blocked storage still lets the reader mark answers on the page`, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is blocked', 'SecurityError');
        },
      });
    });
    await markFirstAnswerKnown(page, path);
  });
}

/**
 * Checkpoint answers on every page that has them: each toggles by mouse and keyboard, every #answer-N link opens
 * its answer (on load, by hashchange and by in-page clicks), "Show all"/"Hide all" work, printing opens every
 * answer, and with JavaScript off each answer still opens.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { pagesContaining } from '../support/fixture-site';

const pagesWithAnswers = pagesContaining('<details class="answer"');

test('some pages have answers', () => {
  expect(pagesWithAnswers.length).toBeGreaterThan(0);
});

/** The ids of the answers on the current page, in order. */
const answerIds = (page: Page) => page.locator('details.answer').evaluateAll((all) => all.map((answer) => answer.id));

for (const path of pagesWithAnswers) {
  test.describe(path, () => {
    test('every answer toggles by mouse and by keyboard', async ({ page }) => {
      await page.goto(path);
      for (const id of await answerIds(page)) {
        const answer = page.locator(`#${id}`);
        const summary = answer.locator('summary');
        const body = answer.locator('.answer-body');
        await expect(summary).toHaveText(/^Show answer \d+$/, { useInnerText: true });
        await expect(body).toBeHidden();
        await summary.click();
        await expect(answer).toHaveJSProperty('open', true);
        await expect(body).toBeVisible();
        await expect(summary).toHaveText(/^Hide answer \d+$/, { useInnerText: true });
        await summary.click();
        await expect(body).toBeHidden();
        await summary.focus();
        await page.keyboard.press('Enter');
        await expect(body).toBeVisible();
        await page.keyboard.press('Space');
        await expect(body).toBeHidden();
      }
    });

    test('every #answer-N link opens its answer on load', async ({ page }) => {
      await page.goto(path);
      for (const id of await answerIds(page)) {
        // Leave the page first: going from one #answer to another would be a same-document navigation, not a load.
        await page.goto('about:blank');
        await page.goto(`${path}#${id}`);
        await expect(page.locator(`#${id}`), `${path}#${id}`).toHaveJSProperty('open', true);
        await expect(page.locator(`#${id} .answer-body`)).toBeInViewport();
        // Only the linked answer opens.
        await expect(page.locator('details.answer[open]')).toHaveCount(1);
      }
    });

    test('in-page links and hash changes open the answer they point at', async ({ page }) => {
      await page.goto(path);
      for (const id of await answerIds(page)) {
        // A link click (which also changes the hash).
        await page.evaluate((target) => {
          const link = Object.assign(document.createElement('a'), {
            href: `#${target}`,
            textContent: `Go to ${target}`,
          });
          link.className = 'test-link';
          document.querySelector('main')!.prepend(link);
        }, id);
        await page.locator('a.test-link').click();
        await expect(page.locator(`#${id}`)).toHaveJSProperty('open', true);
        await expect(page.locator(`#${id} .answer-body`)).toBeInViewport();

        // A click on a link to the hash already in the address fires no hashchange, and must still open it.
        await page.locator(`#${id} summary`).click();
        await expect(page.locator(`#${id}`)).toHaveJSProperty('open', false);
        await page.evaluate(() => scrollTo(0, 0));
        await page.locator('a.test-link').click();
        await expect(page.locator(`#${id}`)).toHaveJSProperty('open', true);
        await expect(page.locator(`#${id} .answer-body`)).toBeInViewport();
        await page.locator('a.test-link').evaluate((link) => link.remove());

        // A hash change (back/forward, or script) to an element inside a closed answer.
        await page.locator(`#${id} summary`).click();
        await page.evaluate((target) => {
          const inner = Object.assign(document.createElement('p'), { id: `${target}-inner`, textContent: 'inside' });
          document.querySelector(`#${target} .answer-body`)!.append(inner);
          location.hash = `${target}-inner`;
        }, id);
        await expect(page.locator(`#${id}`)).toHaveJSProperty('open', true);
        await expect(page.locator(`#${id}-inner`)).toBeInViewport();
        await page.locator(`#${id} summary`).click();
      }
    });

    test('"Show all answers" and "Hide all answers" open and close every answer', async ({ page }) => {
      await page.goto(path);
      const answers = page.locator('details.answer');
      const total = await answers.count();
      await page.getByRole('button', { name: 'Show all answers' }).click();
      await expect(page.locator('details.answer[open]')).toHaveCount(total);
      await page.getByRole('button', { name: 'Hide all answers' }).click();
      await expect(page.locator('details.answer[open]')).toHaveCount(0);
    });

    test('printing opens every answer, and closes them again afterwards', async ({ page }) => {
      await page.goto(path);
      const total = await page.locator('details.answer').count();
      await page.locator('details.answer summary').first().click();
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await expect(page.locator('details.answer[open]')).toHaveCount(total);
      for (const body of await page.locator('.answer-body').all()) await expect(body).toBeVisible();
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      // The answer the reader had opened stays open; the others close.
      await expect(page.locator('details.answer[open]')).toHaveCount(1);
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of pagesWithAnswers) {
    test(`${path}: every answer still opens, printing shows them, and no dead controls show`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Show all answers' })).toBeHidden();
      // The self-check marks would do nothing, so they stay hidden.
      await expect(page.locator('self-check[hidden]')).toHaveCount(await page.locator('details.answer').count());
      for (const answer of await page.locator('details.answer').all()) {
        await answer.locator('summary').click();
        await expect(answer.locator('.answer-body')).toBeVisible();
        await expect(answer.getByRole('button', { name: 'I knew it' })).toBeHidden();
        await answer.locator('summary').click();
      }
      await page.emulateMedia({ media: 'print' });
      for (const body of await page.locator('.answer-body').all()) await expect(body).toBeVisible();
    });
  }
});

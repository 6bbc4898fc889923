/**
 * The mock exam on the fixture site, taken end to end by keyboard and by touch: setup, the clock, flags, the question
 * map, submit and the score per topic; a reload mid-exam keeps the answers and the clock; time running out submits;
 * and without JavaScript the page says what works instead. The page is found by its built HTML.
 */
import { test, expect } from '../support/fixtures';
import { pagesContaining } from '../support/fixture-site';
import type { Locator, Page } from '@playwright/test';

const examPage = pagesContaining('<mock-exam')[0]!;

/** Picks a question's right options (or its first wrong one) with the number keys, in the order shown. */
async function pickByKeys(page: Page, question: Locator, right: boolean) {
  const correct = (await question.getAttribute('data-correct'))!.split(' ');
  const shown = await question
    .locator('input')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const picks = right ? correct : [shown.find((letter) => !correct.includes(letter))!];
  for (const letter of picks) await page.keyboard.press(String(shown.indexOf(letter) + 1));
}

test('the fixture site has a mock exam page', () => {
  expect(examPage).toBeDefined();
});

test('by keyboard: start, answer with number keys, flag, jump with the map, submit, see the score per topic', async ({
  page,
}) => {
  await page.goto(examPage);
  const count = page.getByLabel(/Number of questions/);
  const available = Number(await count.getAttribute('max'));
  expect(available).toBeGreaterThanOrEqual(3);
  // A count out of range is refused, saying what to enter.
  await count.focus();
  await count.fill(String(available + 1));
  await page.keyboard.press('Enter');
  await expect(page.locator('.mock-error')).toHaveText(`Choose from 1 to ${available} questions.`);
  await count.fill('3');
  await page.keyboard.press('Enter');

  const question = page.locator('.mock-stage quiz-question');
  await expect(page.locator('.mock-position')).toHaveText('Question 1 of 3');
  await expect(page.locator('.mock-timer')).toHaveText(/^[56]:\d\d left$/);
  await expect(question).toBeFocused();
  // The answer stays closed during the exam.
  await expect(question.locator('.quiz-key')).toBeHidden();

  await pickByKeys(page, question, true);
  await expect(page.locator('.mock-map-item').first()).toHaveAttribute('data-state', 'answered');
  await page.getByRole('button', { name: 'Flag for review' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Flagged for review' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.mock-map-item').first()).toHaveAttribute('data-state', 'answered flagged');

  await page.getByRole('button', { name: 'Next →' }).press('Enter');
  await expect(page.locator('.mock-position')).toHaveText('Question 2 of 3');
  await question.focus();
  await pickByKeys(page, question, false);
  // Leave question 3 unanswered; come back to 1 through the map.
  await page.getByRole('button', { name: /^Question 1, answered, flagged$/ }).press('Enter');
  await expect(page.locator('.mock-position')).toHaveText('Question 1 of 3');
  await expect(page.locator('.mock-summary')).toHaveText('2 answered, 1 flagged, 1 to go.');

  await page.getByRole('button', { name: 'Submit the exam' }).press('Enter');
  await expect(page.locator('.mock-confirm-text')).toHaveText('1 of 3 questions have no answer. Submit anyway?');
  await expect(page.getByRole('button', { name: 'Submit', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.locator('.mock-score')).toHaveText(/^You got 1 of 3 right \(33 %\) in \d+:\d\d\.$/);
  // Each topic links to its section; the rows add up to the exam.
  const rows = page.locator('.mock-topics tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  let total = 0;
  for (const row of await rows.all()) {
    await expect(row.locator('th a')).toHaveAttribute('href', /^\//);
    total += Number((await row.locator('td').textContent())!.match(/of (\d+)/)![1]);
  }
  expect(total).toBe(3);
  // Every question is shown with its answer open and the reader's picks marked.
  await expect(page.locator('.mock-review quiz-question')).toHaveCount(3);
  await expect(page.locator('.mock-review .quiz-key:visible')).toHaveCount(3);
  await expect(page.locator('.mock-review .quiz-choice[data-result="wrong"]')).toHaveCount(1);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('by touch on a 390 px phone, with nothing wider than the screen', async ({ page }) => {
    await page.goto(examPage);
    await page.getByLabel(/Number of questions/).tap();
    await page.getByLabel(/Number of questions/).fill('2');
    await page.getByRole('button', { name: 'Start the exam' }).tap();
    const question = page.locator('.mock-stage quiz-question');
    for (let i = 0; i < 2; i++) {
      await expect(page.locator('.mock-position')).toHaveText(`Question ${i + 1} of 2`);
      const correct = (await question.getAttribute('data-correct'))!.split(' ');
      for (const letter of correct) await question.locator(`input[value="${letter}"]`).tap();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      if (i === 0) await page.getByRole('button', { name: 'Next →' }).tap();
    }
    await page.getByRole('button', { name: 'Submit the exam' }).tap();
    await page.getByRole('button', { name: 'Submit', exact: true }).tap();
    await expect(page.locator('.mock-score')).toHaveText(/^You got 2 of 2 right \(100 %\)/);
  });
});

test('a reload mid-exam keeps the answers and the clock, and time running out submits', async ({ page }) => {
  // A paused clock: only fastForward moves it, so the times below are exact.
  await page.clock.install({ time: new Date('2026-12-04T08:59:00Z') });
  await page.clock.pauseAt(new Date('2026-12-04T09:00:00Z'));
  await page.goto(examPage);
  await page.getByLabel(/Number of questions/).fill('3');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.locator('.mock-timer')).toHaveText('6:00 left');
  const question = page.locator('.mock-stage quiz-question');
  const correct = (await question.getAttribute('data-correct'))!.split(' ');
  for (const letter of correct) await question.locator(`input[value="${letter}"]`).check();
  await page.clock.fastForward('01:30');
  await expect(page.locator('.mock-timer')).toHaveText('4:30 left');

  await page.reload();
  await expect(page.locator('.mock-position')).toHaveText('Question 1 of 3');
  await expect(page.locator('.mock-timer')).toHaveText('4:30 left');
  for (const letter of correct) await expect(question.locator(`input[value="${letter}"]`)).toBeChecked();
  await expect(page.locator('.mock-map-item').first()).toHaveAttribute('data-state', 'answered');

  await page.clock.fastForward('04:31');
  await expect(page.locator('.mock-score')).toHaveText(/^You got 1 of 3 right \(33 %\) in 6:00\.$/);
  await page.reload();
  await expect(page.locator('.mock-score')).toHaveText(/^You got 1 of 3 right/);
  await page.getByRole('button', { name: 'Take another exam' }).click();
  await expect(page.getByLabel(/Number of questions/)).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says the exam needs JavaScript and links the practice pages, which work without it', async ({ page }) => {
    await page.goto(examPage);
    await expect(page.locator('.mock-needs-javascript')).toBeVisible();
    await expect(page.locator('.mock-setup')).toBeHidden();
    const links = page.locator('noscript + ul a, main ul a[href$="/practice/"]');
    expect(await links.count()).toBeGreaterThan(0);
  });
});

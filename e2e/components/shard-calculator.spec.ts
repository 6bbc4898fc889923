/**
 * The shard calculator's behaviour in the browser. It runs on whichever built page carries a <shard-calculator>,
 * so it needs no particular content page; the arithmetic itself is covered by
 * src/lib/shared/shard-calculator.test.ts.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { pagesContaining } from '../support/fixture-site';

const calculatorPage = pagesContaining('<shard-calculator')[0];
const open = async (page: Page, query = '') => {
  expect(calculatorPage, 'a built page with a <shard-calculator>').toBeDefined();
  await page.goto(calculatorPage + query);
  await expect(page.getByLabel('Write throughput (MB/s)')).toBeEnabled();
};
const answer = (page: Page) => page.locator('.calculator-answer');
const errorOf = (page: Page, field: string) => page.locator(`[data-error-for="${field}"]`);

test.describe('the shard calculator', () => {
  test('shows no error before the reader has touched a field', async ({ page }) => {
    await open(page);
    await expect(answer(page)).toHaveText(/^Enter the write throughput/);
    await expect(page.locator('.calculator [aria-invalid="true"]')).toHaveCount(0);
    for (const field of ['writeMb', 'recordsPerSecond', 'recordSizeKb', 'consumers']) {
      await expect(errorOf(page, field)).toBeEmpty();
    }
    // Pressing Calculate with nothing filled in is touching every field.
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(page.getByLabel('Write throughput (MB/s)')).toHaveAttribute('aria-invalid', 'true');
    await expect(answer(page)).toHaveText('Fix the highlighted fields to see the shard count.');
  });

  test('shows the count, the deciding limit and each step, and mirrors inputs in the URL', async ({ page }) => {
    await open(page);
    await page.getByLabel('Write throughput (MB/s)').fill('3');
    await page.getByLabel('Records written per second').fill('2500');
    await page.getByLabel('Consumer applications').fill('4');
    await expect(answer(page)).toHaveText('6 shards, decided by reads of 2 MB/s per shard.');
    await expect(page.locator('.calculator-steps li')).toHaveText([
      /⌈3 MB\/s ÷ 1 MB\/s⌉ = 3/,
      /⌈2,500 records\/s ÷ 1,000 records\/s⌉ = 3/,
      /4 consumers × 3 MB\/s = 12 MB\/s shared; ⌈12 ÷ 2⌉ = 6/,
      'Shards = max(3, 3, 6) = 6',
    ]);
    await page.getByLabel('Consumers use enhanced fan-out').check();
    await expect(answer(page)).toHaveText('3 shards, decided by writes of 1 MB/s per shard.');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      writeMb: '3',
      recordsPerSecond: '2500',
      consumers: '4',
      enhancedFanOut: 'true',
    });
    await page.reload();
    await expect(answer(page)).toHaveText('3 shards, decided by writes of 1 MB/s per shard.');
    await expect(page.getByLabel('Consumers use enhanced fan-out')).toBeChecked();
  });

  test('gives the exact answer where binary fractions used to round up, in the steps and after a reload', async ({
    page,
  }) => {
    await open(page, '?writeMb=0.28&consumers=50');
    await expect(answer(page)).toHaveText('7 shards, decided by reads of 2 MB/s per shard.');
    await expect(page.locator('.calculator-steps li').nth(1)).toContainText('= 14 MB/s shared; ⌈14 ÷ 2⌉ = 7');
    await page.getByLabel('Consumer applications').fill('45');
    await page.getByLabel('Write throughput (MB/s)').fill('4.4');
    await expect(answer(page)).toHaveText(/^99 shards/);
    await page.reload();
    await expect(answer(page)).toHaveText(/^99 shards/);
  });

  test('reads a decimal comma, and asks when a comma could group thousands', async ({ page }) => {
    await open(page);
    await page.getByLabel('Write throughput (MB/s)').fill('1,5');
    await expect(answer(page)).toHaveText('2 shards, decided by writes of 1 MB/s per shard.');
    await expect(page.locator('.calculator-steps li').first()).toContainText('⌈1.5 MB/s ÷ 1 MB/s⌉ = 2');

    await page.getByLabel('Write throughput (MB/s)').fill('');
    await page.getByLabel('Records written per second').fill('2,500');
    await page.getByLabel('Average record size (KB)').fill('1');
    await expect(errorOf(page, 'recordsPerSecond')).toContainText('Did you mean 2500 or 2.5?');
    await expect(page.getByLabel('Records written per second')).toHaveAttribute('aria-invalid', 'true');
    await errorOf(page, 'recordsPerSecond').getByRole('button', { name: '2500' }).click();
    await expect(page.getByLabel('Records written per second')).toHaveValue('2500');
    await expect(page.getByLabel('Records written per second')).toBeFocused();
    await expect(answer(page)).toHaveText(/^3 shards/);
  });

  test('caps enhanced fan-out at its consumer quota, says why and links to AWS', async ({ page }) => {
    await open(page, '?writeMb=1&consumers=21');
    await expect(errorOf(page, 'consumers')).toBeEmpty();
    await page.getByLabel('Consumers use enhanced fan-out').check();
    await expect(errorOf(page, 'consumers')).toContainText('at most 20 enhanced fan-out consumers');
    await expect(errorOf(page, 'consumers').getByRole('link')).toHaveAttribute(
      'href',
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
    await page.getByLabel('Consumer applications').fill('20');
    await expect(errorOf(page, 'consumers')).toBeEmpty();
    await expect(answer(page)).toHaveText(/^1 shard,/);
  });

  test('shows the GetRecords budget of polling consumers and warns when it runs short', async ({ page }) => {
    await open(page, '?writeMb=1&consumers=3');
    const budget = page.locator('.calculator-polling-budget');
    const warning = page.locator('.calculator-polling-warning');
    await expect(budget).toHaveText(/5 GetRecords calls\/s per shard ÷ 3 consumers ≈ 1\.667 calls\/s each/);
    await expect(warning).toBeHidden();
    await page.getByLabel('Consumer applications').fill('10');
    await expect(budget).toHaveText(/÷ 10 consumers = 0\.5 calls\/s each/);
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('link', { name: 'enhanced fan-out' })).toBeVisible();
    await page.getByLabel('Consumer applications').fill('5');
    await page.getByLabel('Consumers use enhanced fan-out').check();
    await expect(budget).toBeHidden();
  });

  test('explains bad input inline, with a suggestion it accepts, and never shows NaN', async ({ page }) => {
    await open(page);
    for (const bad of ['-2', 'abc', '1e99', '']) {
      await page.getByLabel('Write throughput (MB/s)').fill(bad);
      await expect(page.getByLabel('Write throughput (MB/s)')).toHaveAttribute('aria-invalid', 'true');
      await expect(errorOf(page, 'writeMb')).not.toBeEmpty();
      await expect(page.locator('.calculator')).not.toContainText('NaN');
    }
    await page.getByLabel('Write throughput (MB/s)').fill('1');
    await page.getByLabel('Consumer applications').fill('two');
    await expect(errorOf(page, 'consumers')).toHaveText('Enter a whole number, such as 2.');
    await page.getByLabel('Consumer applications').fill('2');
    await expect(errorOf(page, 'consumers')).toBeEmpty();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the calculator stays disabled and its notes are still there to read', async ({ page }) => {
    expect(calculatorPage, 'a built page with a <shard-calculator>').toBeDefined();
    await page.goto(calculatorPage!);
    await expect(page.getByLabel('Write throughput (MB/s)')).toBeVisible();
    await expect(page.getByLabel('Write throughput (MB/s)')).toBeDisabled();
    await expect(page.locator('.calculator-note')).toContainText('partition key');
  });
});

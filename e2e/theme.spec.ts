/** Light and dark themes: the system setting by default, a remembered toggle, and no flash of the wrong theme. */
import { test, expect } from './support/fixtures';
import { PAGES } from './support/site';

/** Records the theme at the first animation frame, i.e. what the first paint uses. */
const recordFirstPaintTheme = () => {
  requestAnimationFrame(() => {
    (window as unknown as { firstPaintTheme?: string | undefined }).firstPaintTheme =
      document.documentElement.dataset.theme;
  });
};
const firstPaintTheme = (page: import('@playwright/test').Page) =>
  page
    .waitForFunction(() => (window as unknown as { firstPaintTheme?: string }).firstPaintTheme)
    .then((h) => h.jsonValue());

test('follows the system theme', async ({ page, problems }) => {
  void problems;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGES[0]!);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  }
});

test('the toggle switches theme, is remembered, and the saved theme paints first', async ({ page, problems }) => {
  void problems;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(recordFirstPaintTheme);
  await page.goto(PAGES[0]!);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);

  await page.goto(PAGES.at(-1)!);
  expect(await firstPaintTheme(page)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

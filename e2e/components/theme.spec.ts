/** Themes: Auto (the system setting, also without JavaScript), Light and Dark, remembered, with no flash of the wrong theme. */
import { test, expect } from '../support/fixtures';
import { PAGES } from '../support/fixture-site';

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

test('follows the system theme', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGES[0]!);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  }
});

test('the toggle cycles Auto, Light and Dark, each with its own icon and name, each surviving a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(recordFirstPaintTheme);
  await page.goto(PAGES[0]!);
  const html = page.locator('html');
  const toggle = page.locator('theme-toggle button');
  await expect(toggle).toHaveAccessibleName('Theme: Auto');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const icons = new Set<string>();
  const visibleIcon = () =>
    toggle
      .locator('svg')
      .evaluateAll((svgs) => svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => svg.outerHTML));
  icons.add((await visibleIcon()).join());

  for (const [name, theme] of [
    ['Light', 'light'],
    ['Dark', 'dark'],
    ['Auto', 'dark'],
  ] as const) {
    await toggle.click();
    await expect(toggle).toHaveAccessibleName(`Theme: ${name}`);
    await expect(html).toHaveAttribute('data-theme', theme);
    const shown = await visibleIcon();
    expect(shown, `one icon for ${name}`).toHaveLength(1);
    icons.add(shown.join());
    await page.reload();
    expect(await firstPaintTheme(page), `${name} paints first after a reload`).toBe(theme);
    await expect(toggle).toHaveAccessibleName(`Theme: ${name}`);
    if (name === 'Light') {
      // A chosen theme holds whatever the system says.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(html).toHaveAttribute('data-theme', 'light');
    }
  }
  expect(icons.size, 'a different icon for each state').toBe(3);
  // Back on Auto, the page follows the system as it changes.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page follows the system theme (Auto)', async ({ page }) => {
    const backgrounds = new Set<string>();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(PAGES[0]!);
      backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    }
    expect(backgrounds.size).toBe(2);
    await expect(page.locator('theme-toggle button')).toBeHidden();
  });
});

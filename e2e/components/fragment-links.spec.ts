/**
 * Links to a place on a page (FragmentLinks.astro): a link to anything inside closed <details>, nested or not,
 * opens every one of them and shows the target below the sticky header, on load, on hashchange and on an in-page
 * click; a renamed heading's old id (<Anchor>) lands on the heading, with or without JavaScript; and a click on a
 * section's "#" link follows it, copies the full URL and announces "Link copied".
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { pagesContaining } from '../support/fixture-site';

// The fixture page with a target two disclosures deep and a heading alias.
const [path] = pagesContaining('id="deep-target"');

/** Whether the element with `id` is rendered, at or below the sticky header's bottom edge, and in the viewport. */
const shownBelowHeader = (page: Page, id: string) =>
  page.evaluate((targetId) => {
    let element = document.getElementById(targetId);
    // An alias anchor is empty; its heading is what the reader sees.
    while (element && element.getBoundingClientRect().height === 0) element = element.parentElement;
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const top = element?.getBoundingClientRect().top ?? -1;
    return !!element?.checkVisibility() && top >= Math.floor(header.bottom) && top < innerHeight;
  }, id);

const disclosures = (page: Page) => page.locator('details.fixture-outer, details.fixture-inner');

test.beforeAll(() => expect(path, 'a fixture page with #deep-target').toBeTruthy());

test('a link to an id two <details> deep opens both, on load', async ({ page }) => {
  await page.goto(`${path}#deep-target`);
  await expect(disclosures(page).and(page.locator('[open]'))).toHaveCount(2);
  await expect.poll(() => shownBelowHeader(page, 'deep-target')).toBe(true);
});

test('a hash change and an in-page click open them again after the reader closed them', async ({ page }) => {
  await page.goto(path!);
  await expect(disclosures(page).and(page.locator('[open]'))).toHaveCount(0);
  await page.evaluate(() => (location.hash = 'deep-target'));
  await expect(disclosures(page).and(page.locator('[open]'))).toHaveCount(2);
  await expect.poll(() => shownBelowHeader(page, 'deep-target')).toBe(true);

  // Closed again with the hash still in the address: the link's click fires no hashchange.
  await page.locator('details.fixture-outer > summary').click();
  await page.locator('details.fixture-inner').evaluate((inner: HTMLDetailsElement) => (inner.open = false));
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page.getByRole('link', { name: 'Go to the paragraph two disclosures deep' }).click();
  await expect(disclosures(page).and(page.locator('[open]'))).toHaveCount(2);
  await expect.poll(() => shownBelowHeader(page, 'deep-target')).toBe(true);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'with JavaScript off', () => {
    test.use({ javaScriptEnabled });

    test("a renamed heading's old id lands on the heading", async ({ page }) => {
      await page.goto(`${path}#old-section-name`);
      const heading = page.getByRole('heading', { name: 'A renamed section' });
      await expect(heading).toHaveAttribute('id', 'a-renamed-section');
      await expect(heading.locator('#old-section-name')).toHaveCount(1);
      await expect.poll(() => shownBelowHeader(page, 'old-section-name')).toBe(true);
    });
  });
}

test('a click on a section\'s "#" link follows it, copies its full URL and says "Link copied"', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(path!);
  const status = page.getByRole('status').filter({ hasText: 'Link copied' });
  await expect(status).toHaveCount(0);
  const link = page.getByRole('link', { name: 'Link to this section: Filler' });
  await link.click();
  await expect(page).toHaveURL(/#filler$/);
  await expect(status).toBeVisible();
  await expect(page.locator('.link-copied')).toHaveAttribute('aria-live', 'polite');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  // The message goes away on its own, and a second copy says it again.
  await expect(status).toHaveCount(0);
  await page.getByRole('link', { name: 'Link to this section: More filler' }).click();
  await expect(status).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#more-filler$/);
});

test("a moved page's old URL (frontmatter aliases) sends the reader on, keeping the #fragment", async ({ page }) => {
  const oldPath = path!.replace(/[^/]+\/$/, 'hidden-places/');
  await page.goto(`${oldPath}#deep-target`);
  await expect(page).toHaveURL(new RegExp(`${path}#deep-target$`));
  await expect(disclosures(page).and(page.locator('[open]'))).toHaveCount(2);
  await expect.poll(() => shownBelowHeader(page, 'deep-target')).toBe(true);
});

/** The sidebar, previous/next links, breadcrumbs, the phone menu and the 404 page. */
import { test, expect } from './support/fixtures';
import { BASE, PAGES, isGuidePage } from './support/site';

const guidePages = PAGES.filter(isGuidePage);

test('every guide page marks itself, and only itself, as current in the sidebar', async ({ page }) => {
  expect(guidePages.length).toBeGreaterThan(0);
  for (const path of guidePages) {
    await page.goto(path);
    const current = page.getByRole('navigation', { name: 'Guide pages' }).locator('[aria-current="page"]');
    await expect(current, `sidebar current link on ${path}`).toHaveCount(1);
    await expect(current).toHaveAttribute('href', path);
  }
});

test('following "Next" from a guide landing page visits the whole guide in sidebar order', async ({ page }) => {
  // A guide's landing page is its folder: one segment below the base path.
  const landings = guidePages.filter((path) => /^[^/]+\/$/.test(path.slice(BASE.length)));
  expect(landings.length).toBeGreaterThan(0);
  for (const landing of landings) {
    await page.goto(landing);
    const order = await page
      .getByRole('navigation', { name: 'Guide pages' })
      .locator('ol > li > a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const visited = [new URL(page.url()).pathname];
    for (;;) {
      const next = page.getByRole('navigation', { name: 'Previous and next pages' }).locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL((url) => url.pathname !== visited.at(-1));
      visited.push(new URL(page.url()).pathname);
      // And "Previous" leads straight back.
      await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', visited.at(-2)!);
    }
    expect(visited).toEqual(order);
  }
});

test('breadcrumbs end at the current page and link home', async ({ page }) => {
  for (const path of guidePages) {
    await page.goto(path);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', PAGES[0]!);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no page scrolls sideways', async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });

  test('the menu button shows and hides the sidebar', async ({ page }) => {
    await page.goto(guidePages[0]!);
    const menu = page.getByRole('button', { name: 'Guide pages' });
    const sidebar = page.getByRole('navigation', { name: 'Guide pages' });
    await expect(sidebar).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(sidebar).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(menu).toBeFocused();
  });
});

test.describe('the 404 page', () => {
  // The page answers with 404 on purpose: the watched page lets that status (and the browser's log of it) pass.
  test(
    'answers an unknown URL with status 404 and a way home',
    { annotation: { type: 'expect-error-status' } },
    async ({ page }) => {
      const response = await page.goto('no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await expect(page).toHaveURL(new RegExp(`${PAGES[0]}$`));
    },
  );
});

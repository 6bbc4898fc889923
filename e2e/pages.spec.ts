/**
 * Every built page renders: status 200, exactly one h1, a title, a description, a canonical URL, no console
 * errors or failed requests, and a working "#" link on every h2–h4 heading the page shows (a heading that appears
 * only later, such as a practice set's score, has nothing to link to yet).
 */
import { test, expect } from './support/fixtures';
import { PAGES } from './support/site';

for (const path of PAGES) {
  test(`${path} renders with working heading anchors`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{10,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);

    const headings = page.locator('main :is(h2, h3, h4)[id]:not(#toc-heading):visible');
    const count = await headings.count();
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      const id = await heading.getAttribute('id');
      const anchor = heading.locator('a.heading-anchor');
      await expect(anchor, `anchor link on #${id} of ${path}`).toHaveAttribute('href', `#${id}`);
      await expect(anchor).toHaveAttribute('aria-label', /Link to this section: .+/);
      await anchor.focus();
      await expect(anchor, 'the anchor shows on keyboard focus').toHaveCSS('opacity', '1');
      await anchor.click();
      await expect(page).toHaveURL(new RegExp(`${path}#${id}$`));
    }
  });
}

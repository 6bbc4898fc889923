/** The on-page table of contents lists the page's h2/h3 headings and marks the one being read. */
import { test, expect } from './support/fixtures';
import { pagesContaining } from './support/site';

const pagesWithToc = pagesContaining('<table-of-contents');

test('the table of contents follows the reader down the page', async ({ page }) => {
  expect(pagesWithToc.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1400, height: 700 });
  for (const path of pagesWithToc) {
    await page.goto(path);
    const links = page.locator('table-of-contents.toc a');
    const count = await links.count();
    expect(count, `TOC entries on ${path}`).toBeGreaterThan(1);
    await expect(links.first()).toHaveAttribute('aria-current', 'true');
    const lastHash = (await links.last().getAttribute('href'))!;
    await page.locator(`[id="${lastHash.slice(1)}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(links.last(), `last TOC entry current on ${path} after scrolling to it`).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(page.locator('table-of-contents.toc a[aria-current]')).toHaveCount(1);
  }
});

/**
 * Printing the print edition of every guide, as page.pdf() does: nothing that needs a screen shows (no form
 * field), and no printed address carries the build's placeholder origin (example.org) when SITE_URL is not set.
 */
import { test, expect } from './support/fixtures';
import { PAGES } from './support/site';

const printPages = PAGES.filter((path) => path.endsWith('/print/'));

test('every print edition prints without form fields and with real addresses', async ({ page }) => {
  expect(printPages.length).toBeGreaterThan(0);
  // A short guide's edition may link nowhere; across all editions some address must print, or this checks nothing.
  let printed = 0;
  for (const path of printPages) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString(), `${path} prints`).toBe('%PDF-');
    await expect(
      page.locator('input, select, textarea').filter({ visible: true }),
      `form fields on ${path}`,
    ).toHaveCount(0);
    const addresses = await page
      .locator('main a[data-print-url]')
      .evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
    printed += addresses.length;
    const placeholder = process.env['SITE_URL'] ? [] : addresses.filter((address) => address.includes('example.org'));
    expect(placeholder, `addresses with the placeholder origin on ${path}`).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
  }
  expect(printed, 'printed link addresses across the print editions').toBeGreaterThan(0);
});

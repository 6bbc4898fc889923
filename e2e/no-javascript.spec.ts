/**
 * With JavaScript off, every page still reads: its h1 and body text show, every <details> (answers, text
 * equivalents) opens from its summary, and every figure carries a caption or other text alternative.
 */
import { test, expect } from './support/fixtures';
import { PAGES } from './support/site';

test.use({ javaScriptEnabled: false });

for (const path of PAGES) {
  test(`${path} reads and opens without JavaScript`, async ({ page }) => {
    await page.goto(path);
    // Proof that scripts really are off: the theme script never set data-theme.
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');

    await expect(page.locator('h1'), `h1 of ${path}`).toHaveText(/\S/);
    await expect(page.locator('main h1')).toBeVisible();
    const bodyText = page.locator('main :is(p, li, dd, td)').filter({ hasText: /\w{3,}/ });
    await expect(bodyText.first(), `body text under the h1 of ${path}`).toBeVisible();

    const details = page.locator('main details');
    for (let i = 0; i < (await details.count()); i++) {
      const item = details.nth(i);
      const name = `<details id="${(await item.getAttribute('id')) ?? ''}"> #${i + 1} on ${path}`;
      // The phone's contents list folds away on a wide screen, where the contents column shows instead.
      if (!(await item.locator(':scope > summary').isVisible())) continue;
      const content = item.locator(':scope > :not(summary)').first();
      // A figure's text equivalent is shown open from the start when no diagram can be drawn: nothing to click.
      if (await content.isVisible()) continue;
      await item.locator(':scope > summary').click();
      await expect(item, `${name} opens from its summary`).toHaveAttribute('open', '');
      await expect(content, `${name} shows its content`).toBeVisible();
    }

    const figures = page.locator('main figure');
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      const name = `<figure> #${i + 1} on ${path}`;
      await expect(figure, `${name} has a caption or label`).toHaveAccessibleName(/\S/);
      // Besides its caption, the figure's content is text, or an image with its own text alternative.
      const alternative = await figure.evaluate((el) => {
        const body = [...el.children].filter((child) => child.localName !== 'figcaption');
        const text = body.map((child) => (child as HTMLElement).innerText ?? '').join(' ');
        const labelled = el.querySelector(
          'img[alt]:not([alt=""]), [role="img"][aria-label], [role="img"][aria-labelledby], svg > title, svg[aria-label]',
        );
        // Or it is described by text elsewhere (a diagram's list of flows).
        const described = (el.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .some((id) => /\w{3,}/.test(document.getElementById(id)?.textContent ?? ''));
        return /\w{3,}/.test(text) || labelled !== null || described;
      });
      expect(alternative, `${name} has a text alternative besides its caption`).toBe(true);
    }
  });
}

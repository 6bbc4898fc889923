/**
 * Update notes: on every page, each dated note shows a real ISO date in <time datetime> and links to the AWS
 * documentation page the fact was checked against, and the notes meet WCAG AA in the light and the dark theme.
 * Both tests count the notes they saw, so a site whose notes all vanished (or lost their class) fails instead
 * of passing with nothing checked.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures';
import { PAGES } from '../support/fixture-site';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

test('every update note has a valid date and a link to its AWS documentation source', async ({ page }) => {
  let checked = 0;
  for (const path of PAGES) {
    await page.goto(path);
    const notes = page.locator('.update-note');
    for (let i = 0; i < (await notes.count()); i++) {
      const note = notes.nth(i);
      const where = `update note ${i + 1} on ${path}`;

      const time = note.locator('.update-note-date time[datetime]');
      await expect(time, `${where}: one <time datetime>`).toHaveCount(1);
      await expect(note.locator('.update-note-date'), `${where}: date line`).toHaveText(/^Updated \S.+$/);
      const datetime = (await time.getAttribute('datetime')) ?? '';
      expect(datetime, `${where}: datetime is YYYY-MM-DD`).toMatch(ISO_DATE);
      // A round trip through Date rejects impossible dates such as 2026-02-30.
      expect(new Date(`${datetime}T00:00:00Z`).toISOString().slice(0, 10), `${where}: real date`).toBe(datetime);
      expect(Date.parse(datetime), `${where}: not in the future`).toBeLessThanOrEqual(Date.now());

      const source = note.locator('.update-note-source');
      await expect(source, `${where}: one source line`).toHaveCount(1);
      await expect(source, `${where}: source line`).toHaveText(/^Source: \S/);
      const link = source.locator('a[href]');
      await expect(link, `${where}: one source link`).toHaveCount(1);
      const url = new URL((await link.getAttribute('href')) ?? '', page.url());
      expect(url.protocol, `${where}: source uses https`).toBe('https:');
      expect(url.host, `${where}: source is AWS documentation`).toBe('docs.aws.amazon.com');
      checked++;
    }
  }
  expect(checked, 'update notes found on the site').toBeGreaterThan(0);
});

test('update notes meet WCAG 2.1 AA in light and dark themes', async ({ page }) => {
  let checked = 0;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      if ((await page.locator('.update-note').count()) === 0) continue;
      const results = await new AxeBuilder({ page })
        .include('.update-note')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations, `axe violations in update notes on ${path} (${scheme})`).toEqual([]);
      checked++;
    }
  }
  expect(checked, 'pages with update notes checked').toBeGreaterThan(0);
});

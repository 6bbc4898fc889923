/**
 * WCAG 2.1 A and AA, checked by axe-core on every page in both themes. A failure lists each rule with the
 * selectors of the elements that break it, so it can be found without re-running anything.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { NOT_FOUND_PATH, PAGES } from './support/site';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    // Every page, and the 404 page that unknown addresses get.
    for (const path of [...PAGES, NOT_FOUND_PATH]) {
      test(`${path} has no WCAG 2.1 AA violations`, async ({ page }, testInfo) => {
        if (path === NOT_FOUND_PATH) testInfo.annotations.push({ type: 'expect-error-status' });
        await page.goto(path);
        // The theme comes from the system setting; make sure this run really checks the theme it claims to.
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const report = violations.map(
          (v) =>
            `${v.id} (${v.impact}) on ${path} in the ${theme} theme: ${v.help}\n` +
            v.nodes
              .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
              .join('\n'),
        );
        expect(report, report.join('\n')).toEqual([]);
      });
    }
  });
}

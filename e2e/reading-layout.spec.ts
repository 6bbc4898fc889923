/**
 * Reading on a phone (390 px) and on a desktop (1440 px), on every page where it applies: no text inside a table
 * or figure is clipped unless it sits in its own (focusable) scroll box; every glossary tooltip stays inside the
 * window, wherever its term is; and the contents list can be opened. Pages come from the build. (Where an #id
 * link lands, and that a link to an answer shows its question, is the sweep of fragments.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { PAGES, htmlOf, pagesContaining } from './support/site';

const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [PHONE, { width: 1440, height: 900 }];

const pagesWithTables = PAGES.filter((path) => /<(table|figure)\b/.test(htmlOf(path)));
const pagesWithTerms = pagesContaining('<term-tip');
/** Article pages with at least two sections: they must offer a contents list. */
const pagesWithSections = PAGES.filter(
  (path) =>
    (htmlOf(path)
      .match(/<article class="content"[\s\S]*<\/article>/)?.[0]
      .match(/<h2 id=/g)?.length ?? 0) > 1,
);

/** Opens every folded <details> of the article, so terms inside answers are measured too. */
/** The page's contents list as the reader sees it: the phone's folded one or the desktop's, whichever is shown. */
const visibleContents = (page: Page) =>
  page.getByRole('navigation', { name: /^(On this page|Contents of this page)$/ }).filter({ visible: true });
const openAllDetails = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );

test('the sweeps have pages to look at', () => {
  for (const list of [pagesWithTables, pagesWithTerms, pagesWithSections]) expect(list.length).toBeGreaterThan(0);
});

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    // Each test sweeps many pages (and every link or term on them) in one go.
    test.describe.configure({ timeout: 240_000 });

    test('no text in a table or figure is clipped unless it has its own scroll box', async ({ page }) => {
      for (const path of pagesWithTables) {
        await page.goto(path, { waitUntil: 'networkidle' });
        const clipped = await page.evaluate(() => {
          const found: string[] = [];
          const page = document.documentElement;
          if (page.scrollWidth > page.clientWidth + 1) found.push(`the page scrolls sideways (${page.scrollWidth} px)`);
          for (const root of document.querySelectorAll('main :is(table, figure)')) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent?.trim()) continue;
              // The nearest ancestor that cuts off what overflows it sideways, if any.
              let box = node.parentElement;
              while (box && box !== page && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
              if (box && box !== page && /auto|scroll/.test(getComputedStyle(box).overflowX)) {
                if (box.scrollWidth > box.clientWidth && box.tabIndex < 0)
                  found.push(`"${node.textContent.trim().slice(0, 30)}" scrolls in a box the keyboard cannot reach`);
                continue;
              }
              const limit = box && box !== page ? box.getBoundingClientRect() : { left: 0, right: innerWidth };
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const rect of range.getClientRects()) {
                if (rect.width > 0 && (rect.left < limit.left - 1 || rect.right > limit.right + 1))
                  found.push(`"${node.textContent.trim().slice(0, 30)}" is cut off (${rect.left}–${rect.right} px)`);
              }
            }
          }
          return found;
        });
        expect(clipped, `clipped text on ${path}`).toEqual([]);
      }
    });

    test('every glossary tooltip stays inside the window', async ({ page }) => {
      for (const path of pagesWithTerms) {
        await page.goto(path);
        // Terms inside folded answers count too.
        await openAllDetails(page);
        const terms = page.locator('main term-tip');
        const count = await terms.count();
        for (let i = 0; i < count; i++) {
          // Near the bottom of the window (where it has to flip) and near the top, under the header.
          for (const block of ['end', 'start'] as const) {
            const point = await terms.nth(i).evaluate((tip, block) => {
              tip.scrollIntoView({ block });
              const rect = tip.querySelector('a')!.getClientRects()[0]!;
              return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
            }, block);
            await page.mouse.move(0, 0);
            await page.mouse.move(point.x, point.y);
            const tooltip = terms.nth(i).locator('.term-tooltip');
            await expect(tooltip).toBeVisible();
            const box = (await tooltip.boundingBox())!;
            const where = `tooltip ${i + 1} on ${path}, term scrolled to the ${block}`;
            expect(box.x, where).toBeGreaterThanOrEqual(0);
            expect(box.y, where).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
            expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
          }
        }
      }
    });

    test('the contents list can be opened on every page with sections', async ({ page }) => {
      for (const path of pagesWithSections) {
        await page.goto(path);
        const contents = visibleContents(page);
        await expect(contents, `one visible contents list on ${path}`).toHaveCount(1);
        const first = contents.getByRole('link').first();
        const summary = contents.locator('summary');
        if ((await summary.count()) > 0) {
          await expect(first).toBeHidden();
          // It names the section being read.
          await expect(summary.locator('.toc-current')).not.toBeEmpty();
          await summary.click();
        }
        await expect(first).toBeVisible();
        const hash = (await first.getAttribute('href'))!;
        await first.click();
        await expect(page.locator(`[id="${hash.slice(1)}"]`)).toBeInViewport();
      }
    });
  });
}

test.describe('on a touch screen', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the first tap on a term shows its definition in place, inside the screen; the second follows it', async ({
    page,
  }) => {
    for (const path of pagesWithTerms) {
      await page.goto(path);
      await openAllDetails(page);
      const terms = page.locator('main term-tip');
      for (let i = 0; i < (await terms.count()); i++) {
        const term = terms.nth(i);
        await term.evaluate((tip) => tip.scrollIntoView({ block: 'center' }));
        await term.locator('a').first().tap();
        const tooltip = term.locator('.term-tooltip');
        await expect(tooltip).toBeVisible();
        expect(page.url(), `the first tap stays on ${path}`).toContain(path);
        const box = (await tooltip.boundingBox())!;
        const width = await page.evaluate(() => document.documentElement.clientWidth);
        expect(box.x, `tooltip ${i + 1} on ${path}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `tooltip ${i + 1} on ${path}`).toBeLessThanOrEqual(width);
        await expect(tooltip.getByRole('link', { name: 'Open in the glossary' })).toBeVisible();
        // Out of the way of the next term.
        await page.keyboard.press('Escape');
        await expect(tooltip).toBeHidden();
      }
      // A second tap on a term follows its link to the glossary entry.
      const last = terms.last().locator('a').first();
      const href = (await last.getAttribute('href'))!;
      await last.tap();
      await expect(terms.last().locator('.term-tooltip')).toBeVisible();
      await last.tap();
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
  });
});

test.describe('with JavaScript off, on a phone', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('the contents list opens', async ({ page }) => {
    for (const path of pagesWithSections) {
      await page.goto(path);
      const contents = visibleContents(page);
      await expect(contents.getByRole('link').first()).toBeHidden();
      await contents.locator('summary').click();
      await expect(contents.getByRole('link').first(), `contents on ${path}`).toBeVisible();
    }
  });
});

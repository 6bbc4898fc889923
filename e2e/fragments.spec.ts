/**
 * Every place a link can point at is reachable: on every built page, each public anchor (the ids the anchors
 * manifest lists) that sits inside a closed <details>, visited by its URL, is opened, visible and below the sticky
 * header. Pages and ids come from the build, so new pages and new kinds of hidden content are swept too.
 */
import type { Page } from '@playwright/test';
import { readPage } from '../scripts/links/built-site';
import { test, expect } from './support/fixtures';
import { PAGES, htmlOf } from './support/site';

/** The public anchors of the current page that a closed <details> hides (or that are a closed <details>). */
const hiddenAnchors = (page: Page, anchors: string[]) =>
  page.evaluate((ids) => ids.filter((id) => document.getElementById(id)?.closest('details:not([open])')), anchors);

/**
 * Where the target shows, measured against the sticky header: an empty alias anchor has no box of its own, so
 * the nearest ancestor that has one (its heading) stands in for it.
 */
const placement = (page: Page, id: string) =>
  page.evaluate((targetId) => {
    let element = document.getElementById(targetId);
    while (element && element.getBoundingClientRect().height === 0) element = element.parentElement;
    if (!element) return undefined;
    const header = document.querySelector('.site-header');
    const sticky = header && ['sticky', 'fixed'].includes(getComputedStyle(header).position);
    const top = Math.round(element.getBoundingClientRect().top);
    return {
      visible: element.checkVisibility({ visibilityProperty: true }),
      belowHeader: top >= (sticky ? Math.round(header.getBoundingClientRect().bottom) : 0),
      inViewport: top < innerHeight,
    };
  }, id);

for (const path of PAGES) {
  test(`${path}: a link to anything in a closed <details> opens it, below the header`, async ({ page, problems }) => {
    void problems;
    const { anchors, redirectTo } = readPage(path, htmlOf(path));
    test.skip(!!redirectTo, 'an alias page only redirects');
    await page.goto(path);
    const hidden = await hiddenAnchors(page, anchors);
    for (const id of hidden) {
      // Leave the page first, so each visit is a load of the URL, not a same-document navigation.
      await page.goto('about:blank');
      await page.goto(`${path}#${encodeURIComponent(id)}`);
      await expect
        .poll(() => placement(page, id), { message: `${path}#${id} is shown, below the header` })
        .toEqual({ visible: true, belowHeader: true, inViewport: true });
    }
  });
}

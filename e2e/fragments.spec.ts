/**
 * Every #anchor lands visibly: the one sweep of where a link to a place on a page puts it, on a 390 px phone and
 * on a 1280 px desktop (every width above the widest layout breakpoint, 75rem, lays out the same), for every page.
 * Its targets and its checks:
 *
 * - every id that a link of the build points at, and every public anchor (the ids the anchors manifest lists)
 *   that a closed <details> hides, reached by a hash change as a followed link does: shown, below the sticky
 *   header and in the window;
 * - each such hidden anchor, loaded by its URL (on the desktop): its <details> opened, the target shown, below the
 *   header and in the window;
 * - each checkpoint answer, loaded by its URL (on both): opened, with its question shown above it, below the header.
 *
 * Pages, ids and links come from the build, so new pages and new kinds of hidden content are swept too.
 */
import type { Page } from '@playwright/test';
import { readPage } from '../scripts/links/built-site';
import { test, expect } from './support/fixtures';
import { PAGES, htmlOf } from './support/site';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 720 };

/** Every id on `path` that some <a href> of the build points at (same page or another one). */
const linkedIds = (() => {
  const byPage = new Map<string, Set<string>>();
  for (const from of PAGES) {
    for (const { href, source } of readPage(from, htmlOf(from)).links) {
      if (source !== '<a href>' || !href.includes('#') || href.endsWith('#')) continue;
      const url = new URL(href, `http://site${from}`);
      if (url.origin !== 'http://site' || !PAGES.includes(url.pathname)) continue;
      const ids = byPage.get(url.pathname) ?? new Set<string>();
      ids.add(decodeURIComponent(url.hash.slice(1)));
      byPage.set(url.pathname, ids);
    }
  }
  return (path: string) => [...(byPage.get(path) ?? [])];
})();

/** The checkpoint answers of a page, by number: `#answer-N` is the answer and `#qN` its question. */
const answersOf = (path: string) =>
  [...htmlOf(path).matchAll(/<details class="answer" id="answer-(\d+)"/g)].map((match) => match[1]!);

test('the sweep has links, and answers, to follow', () => {
  expect(PAGES.flatMap(linkedIds).length, 'ids that links point at').toBeGreaterThan(0);
  expect(PAGES.flatMap(answersOf).length, 'checkpoint answers').toBeGreaterThan(0);
});

/** The public anchors of the current page that a closed <details> hides (or that are a closed <details>). */
const hiddenAnchors = (page: Page, anchors: string[]) =>
  page.evaluate((ids) => ids.filter((id) => document.getElementById(id)?.closest('details:not([open])')), anchors);

/**
 * Where a target shows, in the page: whether it is rendered, at or below the sticky header's bottom edge (within
 * a pixel) and above the window's bottom edge. An empty alias anchor has no box of its own, so the nearest
 * ancestor that has one (its heading) stands in for it. Shared by both kinds of visit below.
 */
function placementIn(targetId: string) {
  let element = document.getElementById(targetId);
  while (element && element.getBoundingClientRect().height === 0) element = element.parentElement;
  if (!element) return { visible: false, belowHeader: false, inViewport: false };
  const header = document.querySelector('.site-header');
  const sticky = header && ['sticky', 'fixed'].includes(getComputedStyle(header).position);
  const top = element.getBoundingClientRect().top;
  return {
    visible: element.checkVisibility({ visibilityProperty: true }),
    belowHeader: top >= (sticky ? header.getBoundingClientRect().bottom - 1 : 0),
    inViewport: top < innerHeight,
  };
}
const SHOWN = { visible: true, belowHeader: true, inViewport: true };

/**
 * Follows each id by a hash change, as a followed link does, and returns the ids that did not land shown below
 * the header: each gets its hashchange and two frames, then up to a second more, as expect.poll would give it.
 * It runs in the page, all ids in one go: one round trip for the lot is what keeps this sweep fast.
 */
async function hashChangeLoop(ids: string[], placementOf: typeof placementIn) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const hashChange = () =>
    new Promise((resolve) => {
      addEventListener('hashchange', resolve, { once: true });
      setTimeout(resolve, 500);
    });
  const shown = (where: ReturnType<typeof placementIn>) => where.visible && where.belowHeader && where.inViewport;
  const missed: string[] = [];
  for (const id of ids) {
    // Back to the top through the empty fragment first (a freshly loaded page is there already, and clearing a
    // fragment it lacks fires no hashchange), so every jump starts from the same place.
    if (location.hash) {
      const cleared = hashChange();
      location.hash = '#';
      await cleared;
    }
    const changed = hashChange();
    location.hash = `#${id}`;
    await changed;
    await frame();
    await frame();
    let where = placementOf(id);
    for (const start = performance.now(); !shown(where) && performance.now() - start < 1000;) {
      await frame();
      where = placementOf(id);
    }
    if (!shown(where)) missed.push(`#${id} ${JSON.stringify(where)}`);
  }
  return missed;
}
// Both functions go to the page as source text: the site's CSP rules out building one there from a string.
const followByHashChange = (page: Page, ids: string[]) =>
  page.evaluate<string[]>(`(${hashChangeLoop})(${JSON.stringify(ids)}, ${placementIn})`);

/** Loads `path#id` afresh (not a same-document jump) and waits for the target to show below the header. */
async function load(page: Page, path: string, id: string) {
  await page.goto('about:blank');
  await page.goto(`${path}#${encodeURIComponent(id)}`);
  await expect
    .poll(() => page.evaluate(placementIn, id), { message: `${path}#${id} is shown, below the header` })
    .toEqual(SHOWN);
}

/** After loading `#answer-N`: the answer is open, its question shows above it below the header, its summary too. */
async function answerShowsItsQuestion(page: Page, where: string, n: string) {
  await expect(page.locator(`#answer-${n}`), `${where}: the answer is open`).toHaveJSProperty('open', true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const { question, header } = await page.evaluate(
    (n) => ({
      question: document.getElementById(`q${n}`)!.getBoundingClientRect().top,
      header: document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0,
    }),
    n,
  );
  expect(question, `${where}: question ${n} below the header`).toBeGreaterThanOrEqual(header - 1);
  await expect(page.locator(`#answer-${n} summary`), `${where}: the answer's summary`).toBeInViewport();
}

for (const path of PAGES) {
  test(`${path}: every #anchor lands shown below the header, by hash change and by loading its URL`, async ({
    page,
  }) => {
    const { anchors } = readPage(path, htmlOf(path));
    const answers = answersOf(path);
    for (const viewport of [PHONE, DESKTOP]) {
      const at = `at ${viewport.width} px`;
      await page.setViewportSize(viewport);
      await page.goto(path);
      const hidden = await hiddenAnchors(page, anchors);
      for (const n of answers) expect(hidden, `#answer-${n} of ${path} is closed on load`).toContain(`answer-${n}`);

      const followed = [...new Set([...linkedIds(path), ...hidden])];
      expect(await followByHashChange(page, followed), `ids of ${path} not shown ${at} after a hash change`).toEqual(
        [],
      );

      // Loading the URL: every hidden anchor on the desktop, and every answer on both.
      const loaded = viewport === DESKTOP ? hidden : answers.map((n) => `answer-${n}`);
      for (const id of loaded) {
        await load(page, path, id);
        const n = /^answer-(\d+)$/.exec(id)?.[1];
        if (n && answers.includes(n)) await answerShowsItsQuestion(page, `${path}#${id} ${at}`, n);
      }
    }
  });
}

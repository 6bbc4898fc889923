/**
 * Byte budgets for a reader's first load of each page (gzipped, before any interaction; see
 * support/first-load.ts for how it is measured). A plain page stays small; heavy libraries load only on the pages
 * that need them: KaTeX with math, Mermaid with a diagram, Pagefind once the reader opens search.
 */
import { test, expect } from './support/fixtures';
import {
  measureFirstLoad,
  PLAIN_PAGE_BUDGET,
  PRACTICE_PAGE_HTML_BUDGET,
  SEARCH_PAGE_JS_BUDGET,
  STUDY_PAGE_JS_BUDGET,
  type Download,
} from './support/first-load';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { commonWord, sectionWord } from './support/search-index';
import { BASE, DIST, PAGES, isGuidePage, pagesWith } from './support/site';

/** KaTeX's stylesheet declares its KaTeX_* fonts; a site rule that merely styles `.katex` is not KaTeX's CSS. */
const isKatex = (d: Download) =>
  (d.kind !== 'html' && /katex/i.test(new URL(d.url).pathname)) ||
  (d.kind === 'css' && /font-family:\s*["']?KaTeX_/.test(d.body)) ||
  (d.kind === 'fonts' && /KaTeX_/.test(d.url));
/** Mermaid's library (not the few lines that decide whether to load it) exports `mermaidAPI`. */
const isMermaid = (d: Download) => d.kind === 'js' && d.body.includes('mermaidAPI');
const isPagefind = (d: Download) => /\/pagefind\//.test(new URL(d.url).pathname);
const list = (downloads: Download[]) =>
  downloads.map((d) => `${new URL(d.url).pathname} (${d.gzipBytes} B)`).join(', ');

for (const path of PAGES) {
  test(`${path} stays within its first-load budget`, async ({ page }) => {
    const load = await measureFirstLoad(page, path);
    const hasMath = (await page.locator('.katex').count()) > 0;
    const hasDiagram = (await page.locator('.mermaid').count()) > 0;
    const hasFigure = (await page.locator('figure').count()) > 0;
    const isSearchPage = path.slice(BASE.length).startsWith('search/');
    // Checkpoint answers, practice questions (each answer is in the page) and flashcard decks.
    const hasStudyWidgets = (await page.locator('answer-block, quiz-question, flash-cards').count()) > 0;
    const jsBudget = isSearchPage
      ? SEARCH_PAGE_JS_BUDGET
      : hasStudyWidgets
        ? STUDY_PAGE_JS_BUDGET
        : PLAIN_PAGE_BUDGET.js;
    // A page of practice questions is as long as its set: its HTML is allowed for per question.
    const questions = await page.locator('quiz-question').count();
    const htmlBudget =
      questions > 0
        ? PRACTICE_PAGE_HTML_BUDGET.page + questions * PRACTICE_PAGE_HTML_BUDGET.perQuestion
        : PLAIN_PAGE_BUDGET.html;

    if (!hasMath && !hasFigure) {
      // Fonts are fetched because a stylesheet asks for them, so they count toward CSS.
      const measured = { js: load.js, css: load.css + load.fonts, html: load.html };
      for (const kind of ['js', 'css', 'html'] as const) {
        const what = load.downloads.filter((d) => d.kind === kind || (kind === 'css' && d.kind === 'fonts'));
        expect(
          measured[kind],
          `gzipped ${kind} of ${path}, a page without figures or math: ${list(what)}`,
        ).toBeLessThanOrEqual(kind === 'js' ? jsBudget : kind === 'html' ? htmlBudget : PLAIN_PAGE_BUDGET[kind]);
      }
    }
    if (!hasMath) {
      expect(list(load.downloads.filter(isKatex)), `KaTeX loaded on ${path}, which has no math`).toBe('');
    }
    if (!hasDiagram) {
      expect(list(load.downloads.filter(isMermaid)), `Mermaid loaded on ${path}, which has no diagram`).toBe('');
    }
    // Opening the search page is opening search; everywhere else Pagefind waits for the reader.
    if (!isSearchPage) {
      expect(list(load.downloads.filter(isPagefind)), `Pagefind loaded on ${path} before search was opened`).toBe('');
    }
  });
}

/** Pages whose diagrams were drawn when the site was built (inline SVG, no diagram script). */
const diagramPages = pagesWith(/<svg[^>]*class="diagram[ "]/);

test('the budgets below have a diagram page to measure', () => {
  expect(diagramPages.length).toBeGreaterThan(0);
});

for (const path of diagramPages) {
  test(`${path}: a diagram costs its own SVG and no script`, async ({ page }) => {
    const load = await measureFirstLoad(page, path);
    // Everything a page without figures may load, plus each figure's own drawings (inline SVG, gzipped) and the
    // fonts that a TikZ figure's labels are set in: nothing else may come with a diagram. A figure drawn twice (wide,
    // and tall for phones) carries both drawings in its HTML, whichever one CSS shows, so both count.
    const drawings = await page.locator('figure svg').evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML));
    const drawingBytes = drawings.reduce((sum, svg) => sum + gzipSync(svg, { level: 6 }).length, 0);
    const tikzFonts = load.downloads
      .filter((d) => /\/vendor\/tikz\//.test(new URL(d.url).pathname))
      .reduce((sum, d) => sum + d.gzipBytes, 0);
    const allowed = PLAIN_PAGE_BUDGET.js + PLAIN_PAGE_BUDGET.css + PLAIN_PAGE_BUDGET.html + drawingBytes + tikzFonts;
    const total = load.html + load.css + load.js + load.fonts;
    const js = load.downloads.filter((d) => d.kind === 'js');
    expect(load.js, `gzipped JavaScript on ${path}: ${list(js)}`).toBeLessThanOrEqual(PLAIN_PAGE_BUDGET.js);
    // Math brings KaTeX's own styles and fonts (budgeted above); the total is judged on pages without it.
    if ((await page.locator('.katex').count()) > 0) return;
    test.info().annotations.push({
      type: 'first load (gzipped)',
      description: `${total} B of ${allowed} B allowed, of which ${drawings.length} drawings ${drawingBytes} B`,
    });
    expect(total, `gzipped first load of ${path}: ${list(load.downloads)}`).toBeLessThanOrEqual(allowed);
  });
}

/**
 * The code a first search fetches, whatever the content: Pagefind's JavaScript and WebAssembly and the site's
 * search dialog (88 KB gzipped in December 2026, 59 KB of it WebAssembly). What the index adds grows with the content, so it is
 * allowed for by what the search needs: the index chunks that hold its words and the fragments of the results it
 * shows (see the test below).
 */
const SEARCH_CODE_BUDGET = 100 * 1024;
/** What a file costs over a gzip-encoded connection; Pagefind's index and WebAssembly files are gzipped already. */
const gzippedSize = (file: Buffer) => (file[0] === 0x1f && file[1] === 0x8b ? file.length : gzipSync(file).length);
/** The page a Pagefind fragment file describes (a fragment is gzipped JSON after its signature). */
const fragmentPage = (file: Buffer) =>
  BASE + (JSON.parse(gunzipSync(file).toString('utf8').slice('pagefind_dcd'.length)) as { url: string }).url.slice(1);

test('a first search fetches its code within budget, and of the index only what its words and results need', async ({
  page,
  site,
}) => {
  const guidePage = PAGES.find(isGuidePage)!;
  await page.goto(guidePage);
  await page.waitForLoadState('networkidle');
  const fetched = new Set<string>();
  page.on('requestfinished', (request) => fetched.add(new URL(request.url()).pathname));
  await page.keyboard.press('/');
  const dialog = page.locator('dialog search-box');
  // Typing starts at once, so the first query also waits for Pagefind to load; the second one does not.
  const timeToResults = (query: string) =>
    dialog.evaluate(async (box, query) => {
      const input = box.querySelector('input')!;
      const status = box.querySelector('[role="status"]')!;
      const shown = new Promise<void>((resolve) => {
        new MutationObserver(() => status.textContent?.includes(`for “${query}”`) && resolve()).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      const typed = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await shown;
      return Math.round(performance.now() - typed);
    }, query);
  /** The pages of the results the dialog lists. */
  const resultPages = () =>
    dialog
      .locator('.search-result')
      .evaluateAll((results) => results.map((result) => new URL(result.querySelector('a')!.href).pathname));
  // Words from the build: the most used one first (the most results, so the most fragments), then a rare one.
  const queries = [commonWord(site), sectionWord(site).word];
  const first = await timeToResults(queries[0]!);
  const shown = new Set(await resultPages());
  const second = await timeToResults(queries[1]!);
  for (const path of await resultPages()) shown.add(path);

  const files = [...fetched]
    .filter((path) => /\/(pagefind|_astro)\/.+\.(js|json|pagefind|pf_\w+)$/.test(path))
    .map((path) => {
      const file = readFileSync(join(DIST, path.slice(BASE.length)));
      return { path, file, bytes: gzippedSize(file) };
    });
  const sum = (list: typeof files) => list.reduce((total, { bytes }) => total + bytes, 0);
  const fragments = files.filter(({ path }) => path.endsWith('.pf_fragment'));
  // The index, and the vocabulary that spelling suggestions read: both grow with the content.
  const index = files.filter(({ path }) => /\.pf_(index|meta)$|\/vocabulary\.json$/.test(path));
  const code = files.filter((file) => !fragments.includes(file) && !index.includes(file));
  const total = sum(files);
  console.log(
    [
      `first search ("${queries[0]}", then "${queries[1]}"): ${total} bytes gzipped in ${files.length} files ` +
        `(code ${sum(code)}, index ${sum(index)}, ${fragments.length} fragments ${sum(fragments)}); ` +
        `results ${first} ms after typing (cold), ${second} ms (warm)`,
      ...files.map(({ path, bytes }) => `  ${bytes}\t${path}`),
    ].join('\n'),
  );

  expect(
    code.some(({ path }) => path.endsWith('.pagefind')),
    'the WebAssembly was fetched',
  ).toBe(true);
  expect(sum(code), `search code: ${code.map(({ path }) => path).join(', ')}`).toBeLessThanOrEqual(SEARCH_CODE_BUDGET);
  // The index: its metadata once, and at most one chunk per word searched, not the whole of it.
  const words = new Set(queries.flatMap((query) => query.toLowerCase().split(/\s+/)));
  expect(index.filter(({ path }) => path.endsWith('.pf_meta'))).toHaveLength(1);
  expect(index.filter(({ path }) => path.endsWith('.pf_index')).length).toBeLessThanOrEqual(words.size);
  // The fragments: only those of the results listed, one per page.
  const fragmentPages = fragments.map(({ file }) => fragmentPage(file));
  expect(
    fragmentPages.filter((path) => !shown.has(path)),
    'fragments of pages the dialog did not list',
  ).toEqual([]);
  expect(new Set(fragmentPages).size).toBe(fragmentPages.length);
  expect(fragments.length).toBeGreaterThan(0);
});

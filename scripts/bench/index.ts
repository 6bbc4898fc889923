/**
 * `npm run bench`: a benchmark, not a test. It prints tables and writes them as JSON to bench-results/:
 *   - build time and peak memory with every cache cleared (cold) and again with caches in place (warm);
 *   - each page's gzipped first-load HTML, CSS, JS and fonts (median and max over all pages);
 *   - the download of a first search, when the build has a Pagefind index;
 *   - Lighthouse mobile scores for every page (BENCH_LIGHTHOUSE=0 skips them);
 *   - the scale run: the guides copied 1×, 10× and 100× (BENCH_SCALE="1,10,100") into a temporary folder and built;
 *     the cost per added page between runs says whether build time grows linearly (growth.ts).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../../e2e/support/browser.ts';
import { ALL_CACHES, clearDirs, timed } from './run.ts';
import { startPreview } from './preview.ts';
import { pageWeights } from './page-weights.ts';
import { firstSearch } from './first-search.ts';
import { searchRelevance, type RelevanceResult } from './search-relevance.ts';
import { lighthouseScores, type Scores } from './lighthouse.ts';
import { scaleRun, type ScalePoint } from './scale.ts';
import { growthOf } from './growth.ts';
import { folderBytes } from './sizes.ts';
import { kb, mb, relevanceTables, table } from './report.ts';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const scaleCopies = (process.env.BENCH_SCALE ?? '1,10,100').split(',').filter(Boolean).map(Number);
const log = (message: string) => console.error(`[bench] ${message}`);

log('cold build (caches cleared)…');
clearDirs(root, ALL_CACHES);
const cold = await timed('npm', ['run', 'build']);
log('warm builds…');
const warm = [await timed('npm', ['run', 'build']), await timed('npm', ['run', 'build'])];

// The page list is read from the fresh dist/, exactly as the e2e suites read it.
const { PAGES, BASE, PORT } = await import('../../e2e/support/site.ts');
const pageFile = (path: string) => join(dist, path.slice(BASE.length), 'index.html');
const diagramPages = PAGES.filter((path) => /class="[^"]*\bmermaid\b/.test(readFileSync(pageFile(path), 'utf8')));

const preview = await startPreview(PORT);
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
let weights,
  search,
  relevance: RelevanceResult | undefined,
  lighthouse: Scores[] = [];
try {
  log(`first-load weights of ${PAGES.length} pages…`);
  weights = await pageWeights(browser, preview.origin, PAGES);
  log('first search…');
  search = await firstSearch(browser, preview.origin, BASE, dist, process.env.BENCH_SEARCH_QUERY ?? 'stream');
  if (existsSync(join(dist, 'pagefind'))) {
    log('search relevance (test/search/queries.yaml)…');
    relevance = await searchRelevance(browser, preview.origin, BASE);
  }
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    log(`Lighthouse (mobile) on ${PAGES.length} pages, one at a time…`);
    lighthouse = await lighthouseScores(preview.origin, PAGES);
  }
} finally {
  await browser.close();
  preview.stop();
}

const withPagefind = existsSync(join(dist, 'pagefind'));
const scale: ScalePoint[] = [];
for (const copies of scaleCopies) {
  log(`scale run: content ×${copies}…`);
  scale.push(await scaleRun(root, copies, withPagefind));
}
const [small, large] = [scale.at(0), scale.at(-1)];
const msPerAddedPage =
  small && large && large.pages > small.pages
    ? ((large.seconds - small.seconds) * 1000) / (large.pages - small.pages)
    : null;
const growth = growthOf(scale);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  pages: PAGES.length,
  build: { cold, warm, distBytes: folderBytes(dist) },
  pageWeights: weights,
  firstSearch: search,
  searchRelevance: relevance ?? null,
  lighthouse,
  scale: { points: scale, msPerAddedPage, growth },
  targets: {
    lighthouseAll100: lighthouse.length
      ? lighthouse.every((s) => Object.values(s).every((v) => v === 100 || typeof v === 'string'))
      : null,
    diagramPagePerformance95: diagramPages.length
      ? lighthouse.filter((s) => diagramPages.includes(s.path)).every((s) => (s.performance ?? 0) >= 95)
      : null,
    msPerAddedPageUnder50: msPerAddedPage === null ? null : msPerAddedPage < 50,
    firstSearchUnder100KB: search ? search.gzipBytes < 100 * 1024 : null,
  },
};

const out = join(root, 'bench-results');
mkdirSync(out, { recursive: true });
const json = JSON.stringify(results, null, 2);
writeFileSync(join(out, `bench-${results.date.replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join(out, 'latest.json'), json);

const s = weights.summary;
console.log(
  [
    table(
      'Build',
      ['run', 'seconds', 'peak MB'],
      [
        ['cold (caches cleared)', cold.seconds.toFixed(1), cold.peakMemoryMB],
        ...warm.map((run, i) => [`warm #${i + 1}`, run.seconds.toFixed(1), run.peakMemoryMB]),
      ],
    ),
    table(
      `First load per page, gzipped KB (${PAGES.length} pages)`,
      ['', 'HTML', 'CSS', 'JS', 'fonts'],
      [
        ['median', kb(s.html!.median), kb(s.css!.median), kb(s.js!.median), kb(s.fonts!.median)],
        ['max', kb(s.html!.max), kb(s.css!.max), kb(s.js!.max), kb(s.fonts!.max)],
      ],
    ),
    table(
      'Per page, gzipped KB',
      ['page', 'HTML', 'CSS', 'JS', 'fonts'],
      weights.perPage.map((p) => [p.path, kb(p.html), kb(p.css), kb(p.js), kb(p.fonts)]),
    ),
    table(
      'First search',
      ['query', 'results', 'requests', 'gzipped KB'],
      [
        search
          ? [search.query, search.results, search.requests, kb(search.gzipBytes)]
          : ['(no Pagefind index in dist/)', null, null, null],
      ],
    ),
    relevance ? relevanceTables(relevance) : '\nSearch relevance: no Pagefind index in dist/',
    table(
      'Lighthouse (mobile)',
      ['page', 'perf', 'a11y', 'best', 'SEO'],
      lighthouse.map((l) => [l.path, l.performance, l.accessibility, l['best-practices'], l.seo]),
    ),
    table(
      'Scale run',
      ['copies', 'pages', 'build s', 'peak MB', 'dist MB', 'pagefind MB'],
      scale.map((p) => [
        `${p.copies}×`,
        p.pages,
        p.seconds.toFixed(1),
        p.peakMemoryMB,
        mb(p.distBytes),
        mb(p.pagefindBytes),
      ]),
    ),
    `\nms per added page (between the smallest and largest scale run): ${msPerAddedPage?.toFixed(1) ?? '–'}`,
    `Growth: ${growth.verdict} (ms per added page: ${
      growth.segments.map((s) => `${s.from}→${s.to} pages ${s.msPerPage.toFixed(1)}`).join(', ') || '–'
    })`,
    `Targets: ${JSON.stringify(results.targets)}`,
    `Written to bench-results/latest.json`,
  ].join('\n'),
);

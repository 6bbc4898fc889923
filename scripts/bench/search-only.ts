/**
 * `npm run bench:search`: only the search relevance part of the benchmark, against the current dist/ (build
 * first). Prints the scores and every query that misses the first three places.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../../e2e/support/browser.ts';
import { BASE, PORT } from '../../e2e/support/site.ts';
import { startPreview } from './preview.ts';
import { searchRelevance } from './search-relevance.ts';
import { relevanceTables } from './report.ts';

const preview = await startPreview(PORT);
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
try {
  console.log(relevanceTables(await searchRelevance(browser, preview.origin, BASE)));
} finally {
  await browser.close();
  preview.stop();
}

/**
 * `npm run bench:search`: only the search relevance part of the benchmark, against the current dist/ (build
 * first). Prints the scores and every query that misses the first three places.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../../e2e/support/browser.ts';
import { PORT } from '../../e2e/support/ports.ts';
import { startPreview } from './preview.ts';
import { searchRelevance } from './search-relevance.ts';
import { relevanceTables } from './report.ts';

/** The base path dist/ was built with (BASE_PATH), with leading and trailing slashes. */
const BASE = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const preview = await startPreview(PORT);
const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
try {
  console.log(relevanceTables(await searchRelevance(browser, preview.origin, BASE)));
} finally {
  await browser.close();
  preview.stop();
}

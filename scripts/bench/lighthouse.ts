/**
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO) for each page, in Debian's Chromium.
 * Pages run one after another in one browser; each is bounded by Lighthouse's own load timeout.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, resolveChromium } from '../../e2e/support/browser.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = { path: string } & Record<(typeof CATEGORIES)[number], number | null>;

export async function lighthouseScores(origin: string, pages: string[]): Promise<Scores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const scores: Scores[] = [];
    for (const path of pages) {
      console.error(`[bench]   Lighthouse ${path}`);
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORIES],
        maxWaitForLoad: 45_000,
      });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => {
        const value = categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      scores.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/**
 * `test` with a watched page: any console error, uncaught exception, failed request or request to another
 * host fails the test that caused it, naming the URL. Every suite imports `test` and `expect` from here.
 *
 * The watch is an automatic fixture, so every test's `page` is watched without the test asking for it (a page a
 * test opens in a context of its own is not: use `test.use()` for context options instead). A test that expects
 * a page to answer with an error status (the 404 page) carries the annotation `expect-error-status`; a test that
 * provokes a problem on purpose may take `problems`, check it and empty it.
 */
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { builtSite, type BuiltSite } from './built-site.ts';
import { ORIGIN } from './ports';

/** A build a project serves: its folder (from the repository root), its base path and the script that makes it. */
export type SiteBuild = { dir: string; base: string; script: string };

type Problems = { problems: string[] };
type Site = {
  /** The build this project serves (set per project in playwright.config.ts; the real `dist/` by default). */
  siteBuild: SiteBuild;
  /**
   * That build's pages, for a spec that runs in more than one project (those tagged @base-path) and so must read
   * its pages, ids and words from whichever build it is served from.
   */
  site: BuiltSite;
};

export const test = base.extend<Problems, Site>({
  siteBuild: [
    { dir: 'dist', base: process.env.BASE_PATH ?? '/', script: 'npm run build' },
    { option: true, scope: 'worker' },
  ],
  site: [
    async ({ siteBuild }, use) =>
      use(builtSite(join(import.meta.dirname, '..', '..', siteBuild.dir), siteBuild.base, siteBuild.script)),
    { scope: 'worker' },
  ],
  problems: [
    async ({ page, baseURL }, use, testInfo) => {
      const problems: string[] = [];
      // Each Playwright project serves its build from its own origin.
      const origin = new URL(baseURL ?? ORIGIN).origin;
      const expectsErrorStatus = () => testInfo.annotations.some((a) => a.type === 'expect-error-status');
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // A page meant to answer with an error status (the 404 page) makes the browser log that status.
        const ownStatus = message.location().url === page.url() && /status of [45]\d\d/.test(message.text());
        if (ownStatus && expectsErrorStatus()) return;
        problems.push(`console error on ${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
      page.on('requestfailed', async (request) => {
        if (request.failure()?.errorText === 'net::ERR_ABORTED') {
          // A navigation away aborts in-flight requests, and a page that sends the reader on at once (a moved
          // page's old address) cuts its own document short: neither is a broken resource. A document aborted
          // before any response, or after an error status, is.
          if (request.resourceType() !== 'document' || (await request.response())?.ok()) return;
        }
        problems.push(`request failed on ${page.url()}: ${request.url()} (${request.failure()?.errorText})`);
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) {
          problems.push(`request to another host from ${page.url()}: ${request.url()}`);
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !expectsErrorStatus()) {
          problems.push(`HTTP ${response.status()} for ${response.url()} on ${page.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'the page logged errors or made bad requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

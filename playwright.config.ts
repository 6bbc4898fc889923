/**
 * The e2e suite runs against the production build served by `astro preview`, in Chromium found by
 * resolveChromium(). Build first (`npm test` does): the suites enumerate pages from dist/.
 *
 * The "base-path" project reruns the tests tagged @base-path, wherever they are (the search specs in
 * e2e/components/ among them), against a second build made with `npm run build:base-path` (base /guide/, in
 * dist-base/guide/), served on the next port. Only those tests run there, so checking the base path costs one more
 * build (a few seconds) instead of a second full suite. A tagged test reads its pages and words from the build it
 * is served from (the `site` fixture of e2e/support/fixtures.ts), so the same test works on both builds.
 *
 * The "fixture" project runs the component specs (e2e/components/) against the fixture site: e2e/fixtures/content/
 * built with `npm run build:fixture` into dist-fixture/, served on the port after that. Components are tested on
 * content made to exercise them (a guide without answers, a deck of glossary cards only, …), so those specs never
 * depend on content/. The "site" project runs everything else, the every-page sweeps, over the real dist/.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './e2e/support/browser';
import type { SiteBuild } from './e2e/support/fixtures';
import { BASE, ORIGIN, PORT } from './e2e/support/site';
import { BASE_PATH_PORT, FIXTURE_PORT } from './e2e/support/ports';

const BASE_PATH_BUILD = {
  dir: 'dist-base/guide',
  base: '/guide/',
  port: BASE_PATH_PORT,
  script: 'npm run build:base-path',
};
const FIXTURE_BUILD = { dir: 'dist-fixture', base: '/', port: FIXTURE_PORT, script: 'npm run build:fixture' };
const siteBuild = ({ dir, base, script }: SiteBuild): SiteBuild => ({ dir, base, script });
const fixtureBuilt = existsSync(`${FIXTURE_BUILD.dir}/index.html`);
if (!fixtureBuilt && process.env.CI) {
  throw new Error(`${FIXTURE_BUILD.dir}/ is missing: run "npm run build:fixture" before the e2e tests.`);
}
if (!fixtureBuilt) {
  console.warn(`Skipping the fixture project: ${FIXTURE_BUILD.dir}/ is missing (npm test builds it).`);
}
const basePathBuilt = existsSync(`${BASE_PATH_BUILD.dir}/index.html`);
if (!basePathBuilt && process.env.CI) {
  throw new Error(`${BASE_PATH_BUILD.dir}/ is missing: run "npm run build:base-path" before the e2e tests.`);
}
if (!basePathBuilt) {
  console.warn(`Skipping the base-path project: ${BASE_PATH_BUILD.dir}/ is missing (npm test builds it).`);
}

export default defineConfig<object, { siteBuild: SiteBuild }>({
  testDir: './e2e',
  fullyParallel: true,
  // Two workers on CI; elsewhere Playwright's default (half the cores).
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: !!process.env.CI,
  // The sweeps walk many pages in one test (a whole guide, every heading of the print edition). On a busy shared
  // machine that takes well over Playwright's default 30 s, so a test may take two minutes; each expect() still
  // waits its own 5 s for its condition.
  timeout: 120_000,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `${ORIGIN}${BASE}`,
    browserName: 'chromium',
    launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // Smooth scrolling (on unless the reader asks for reduced motion) keeps elements moving after a jump, which
    // makes hover and click wait on "stable" at random; the tests check behaviour, not the animation.
    reducedMotion: 'reduce',
  },
  projects: [
    { name: 'site', testIgnore: '**/components/**' },
    ...(fixtureBuilt
      ? [
          {
            name: 'fixture',
            testDir: './e2e/components',
            use: { baseURL: `http://127.0.0.1:${FIXTURE_BUILD.port}/`, siteBuild: siteBuild(FIXTURE_BUILD) },
          },
        ]
      : []),
    ...(basePathBuilt
      ? [
          {
            name: 'base-path',
            grep: /@base-path/,
            // The component specs read the fixture site when they load, so without it they cannot be listed (the
            // fixture project is skipped then too, with a warning; on CI a missing build is an error above).
            ...(fixtureBuilt ? {} : { testIgnore: '**/components/**' }),
            use: {
              baseURL: `http://127.0.0.1:${BASE_PATH_BUILD.port}${BASE_PATH_BUILD.base}`,
              siteBuild: siteBuild(BASE_PATH_BUILD),
            },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
      url: `${ORIGIN}${BASE}`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(basePathBuilt
      ? [
          {
            command: `npx astro preview --host 127.0.0.1 --port ${BASE_PATH_BUILD.port} --base ${BASE_PATH_BUILD.base} --outDir ${BASE_PATH_BUILD.dir} --ignore-lock`,
            url: `http://127.0.0.1:${BASE_PATH_BUILD.port}${BASE_PATH_BUILD.base}`,
            reuseExistingServer: !process.env.CI,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(fixtureBuilt
      ? [
          {
            command: `npx astro preview --host 127.0.0.1 --port ${FIXTURE_BUILD.port} --outDir ${FIXTURE_BUILD.dir} --ignore-lock`,
            url: `http://127.0.0.1:${FIXTURE_BUILD.port}/`,
            reuseExistingServer: !process.env.CI,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});

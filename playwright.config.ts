/**
 * The e2e suite runs against the production build served by `astro preview`, in Chromium found by
 * resolveChromium(). Build first (`npm test` does): the suites enumerate pages from dist/.
 *
 * The "base-path" project reruns the search tests tagged @base-path against a second build made with
 * `npm run build:base-path` (base /guide/, in dist-base/guide/), served on the next port. Only those tests run
 * there, so checking the base path costs one more build (a few seconds) instead of a second full suite.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './e2e/support/browser';
import { BASE, ORIGIN, PORT } from './e2e/support/site';

const BASE_PATH_BUILD = { dir: 'dist-base/guide', base: '/guide/', port: PORT + 1 };
const basePathBuilt = existsSync(`${BASE_PATH_BUILD.dir}/index.html`);
if (!basePathBuilt && process.env.CI) {
  throw new Error(`${BASE_PATH_BUILD.dir}/ is missing: run "npm run build:base-path" before the e2e tests.`);
}
if (!basePathBuilt) {
  console.warn(`Skipping the base-path project: ${BASE_PATH_BUILD.dir}/ is missing (npm test builds it).`);
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // Two workers on CI; elsewhere Playwright's default (half the cores).
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: !!process.env.CI,
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
    { name: 'site' },
    ...(basePathBuilt
      ? [
          {
            name: 'base-path',
            grep: /@base-path/,
            use: { baseURL: `http://127.0.0.1:${BASE_PATH_BUILD.port}${BASE_PATH_BUILD.base}` },
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
  ],
});

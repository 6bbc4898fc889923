/**
 * The e2e suite runs against the production build served by `astro preview`, in Chromium found by
 * resolveChromium(). Build first (`npm test` does): the suites enumerate pages from dist/.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './e2e/support/browser';
import { BASE, ORIGIN, PORT } from './e2e/support/site';

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
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `${ORIGIN}${BASE}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

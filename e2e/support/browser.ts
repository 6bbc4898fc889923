/**
 * Finds a Chromium to drive. Playwright's own browser download does not work on every machine we use, so the
 * order is: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed itself.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function resolveChromium(): string {
  const candidates = [
    { from: 'CHROMIUM_PATH', path: process.env.CHROMIUM_PATH },
    { from: 'Debian package', path: '/usr/bin/chromium' },
    { from: 'Playwright', path: safePlaywrightPath() },
  ];
  for (const { path } of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    [
      'No Chromium found for the browser tests. Looked at:',
      ...candidates.map(({ from, path }) => `  - ${from}: ${path ?? '(not set)'}`),
      'Install one of these, then run the tests again:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - any OS with a working download: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Unit tests of build-time transforms: no browser, no build. The e2e specs in e2e/ belong to Playwright. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // A cold TikZ render loads TeX (WebAssembly) first, which takes a few seconds on a busy machine.
    testTimeout: 60_000,
  },
});

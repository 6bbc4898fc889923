/** Unit tests run in Node without a browser or a build; the Playwright suites in e2e/ are not theirs. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'] },
});

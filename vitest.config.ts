/** Unit tests run in Node without a browser or a build; the e2e/ folder belongs to Playwright. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});

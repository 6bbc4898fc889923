// @ts-check
/**
 * Lint rules for the TypeScript, the Astro components and the configs. Small on purpose: ESLint's and
 * typescript-eslint's recommended sets, the Astro plugin's, and one project rule: the import layers of src/lib
 * (see src/lib/README.md), so that no import runs back up the data flow. Formatting is Prettier's job.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/**
 * Imports the files of one layer may not make, each group with the reason shown in the error.
 * @param {string[]} files
 * @param {[string[], string][]} forbidden
 * @returns {import('eslint').Linter.Config}
 */
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map(([group, message]) => ({ group, message })),
      },
    ],
  },
});

const NODE = ['node:*'];
const ASTRO_CONTENT = ['astro:content'];

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `void promise` marks a promise deliberately not awaited (and `void problems` a fixture used for its check).
      'no-void': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/lib/shared/**'],
    [
      [NODE, 'src/lib/shared runs in the browser too: no Node modules.'],
      [ASTRO_CONTENT, 'src/lib/shared is pure: collection queries belong in src/lib/collections.'],
      [['**/build/*', '**/browser/*', '**/collections/*', '**/plugins/*'], 'src/lib/shared imports only itself.'],
    ],
  ),
  layer(
    ['src/lib/build/**', 'src/plugins/**'],
    [
      [ASTRO_CONTENT, 'Plugins and build code run before the collections exist.'],
      [
        ['**/browser/*', '**/collections/*', '**/components/*'],
        'Build code imports only src/lib/shared and src/lib/build.',
      ],
    ],
  ),
  layer(
    ['src/lib/browser/**', 'src/components/*-element.ts'],
    [
      [NODE, 'Browser code cannot use Node modules.'],
      [
        [...ASTRO_CONTENT, '**/build/*', '**/collections/*', '**/plugins/*'],
        'Browser code runs after the build: it imports only src/lib/shared and src/lib/browser.',
      ],
    ],
  ),
);

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written every page, so any build
 * (`npm run build`, `npm start`, `npm test`) ships a search index that matches its pages. Only text inside
 * `data-pagefind-body` (the <article>) is indexed; a failed or empty index fails the build.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The folder under the output directory that holds the index and Pagefind's browser scripts. */
export const PAGEFIND_DIR = 'pagefind';
/** Pagefind's ready-made search UIs (~390 KB); the site has its own results list, so they are not deployed. */
const UNUSED_UI_FILES = ['ui', 'modular-ui', 'component-ui'].flatMap((ui) => [
  `pagefind-${ui}.js`,
  `pagefind-${ui}.css`,
]);

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind could not ${step} ${site}:\n  ${errors.join('\n  ')}`);
        };
        try {
          // "_" keeps identifiers such as TRIM_HORIZON whole, so they can be searched as typed.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_' });
          if (!index) return fail('start indexing', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) fail('index', added.errors);
          if (added.page_count === 0) fail('find any page with data-pagefind-body in', ['no pages indexed']);
          const written = await index.writeFiles({ outputPath: `${site}${PAGEFIND_DIR}` });
          if (written.errors.length) fail('write the index into', written.errors);
          await Promise.all(UNUSED_UI_FILES.map((file) => rm(`${site}${PAGEFIND_DIR}/${file}`, { force: true })));
          logger.info(`read ${added.page_count} pages; wrote the index to ${PAGEFIND_DIR}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

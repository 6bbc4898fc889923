/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written every page, so any build
 * (`npm run build`, `npm start`, `npm test`) ships a search index that matches its pages. Only text inside
 * `data-pagefind-body` (the <article>) is indexed; a failed or empty index fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The folder under the output directory that holds the index and Pagefind's browser scripts. */
export const PAGEFIND_DIR = 'pagefind';

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
          logger.info(`indexed ${added.page_count} pages into ${PAGEFIND_DIR}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once Astro has written every page, so any build
 * (`npm run build`, `npm start`, `npm test`) ships a search index that matches its pages. Only text inside
 * `data-pagefind-body` (the <article>) is indexed; a failed or empty index fails the build.
 *
 * It also writes `pagefind/vocabulary.json`, every word of the indexed text with how often it is used, from which
 * search suggests the nearest word to one that is in no page ("Did you mean retention?").
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
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
          const vocabulary = await vocabularyOf(`${site}${PAGEFIND_DIR}/fragment`);
          await writeFile(`${site}${PAGEFIND_DIR}/vocabulary.json`, JSON.stringify(vocabulary));
          await Promise.all(UNUSED_UI_FILES.map((file) => rm(`${site}${PAGEFIND_DIR}/${file}`, { force: true })));
          logger.info(`read ${added.page_count} pages; wrote the index to ${PAGEFIND_DIR}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Pagefind's page fragments are gzipped JSON after this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Word → uses, over the text Pagefind indexed (its page fragments, so hidden aliases count and navigation does
 * not). Words are lower-cased without surrounding punctuation; numbers and words under three letters are left
 * out, as no one misspells them into a suggestion worth making.
 */
export async function vocabularyOf(fragmentDir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const file of (await readdir(fragmentDir)).sort()) {
    const text = gunzipSync(await readFile(`${fragmentDir}/${file}`)).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${fragmentDir}/${file}: not a Pagefind fragment`);
    const { content } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { content: string };
    for (const raw of content.toLowerCase().split(/\s+/)) {
      const word = raw.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
      if (word.length >= 3 && /\p{L}/u.test(word)) counts[word] = (counts[word] ?? 0) + 1;
    }
  }
  return counts;
}

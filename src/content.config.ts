/**
 * Content collections. Guides live in `content/<guide-slug>/`:
 *   - `guide.yaml`      the guide's own metadata (one per folder)
 *   - `<page-slug>.mdx` one page per section, named by its URL slug
 *   - `glossary.yaml`   the guide's terms, rendered by <Glossary> and linked by <Term>
 *   - `practice.mdx`    optional: the guide's <Quiz> questions, served as the practice study tool
 *   - `limits.yaml`     optional: the numbers to memorise, served as the numbers study tool and checked against prose
 * A missing or misspelt field fails the build with the file's name (zod + Astro's loader errors).
 *
 * CONTENT_DIR points the build at another content folder; the benchmark's scale run uses it to build a large
 * temporary copy of the guides without touching `content/`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, pageSchema, glossarySchema, practiceSchema, limitsSchema } from './schemas/index.ts';

const base = process.env.CONTENT_DIR ?? './content';

/** The first folder of a path is the guide it belongs to. */
const guideOf = (entry: string) => entry.split('/')[0]!;

const guides = defineCollection({
  loader: glob({ base, pattern: '*/guide.yaml', generateId: ({ entry }) => guideOf(entry) }),
  schema: guideSchema,
});

const pages = defineCollection({
  // `index.mdx` is the guide's landing page, so `streaming-sources/index.mdx` is served at /streaming-sources/.
  loader: glob({
    base,
    // practice.mdx is the practice study tool, not a page of the guide (see the practice collection).
    pattern: ['*/*.mdx', '!*/practice.mdx'],
    generateId: ({ entry }) => entry.replace(/\.mdx$/, '').replace(/\/index$/, ''),
  }),
  schema: pageSchema,
});

const glossary = defineCollection({
  loader: glob({ base, pattern: '*/glossary.yaml', generateId: ({ entry }) => guideOf(entry) }),
  schema: glossarySchema,
});

const practice = defineCollection({
  loader: glob({ base, pattern: '*/practice.mdx', generateId: ({ entry }) => guideOf(entry) }),
  schema: practiceSchema,
});

const limits = defineCollection({
  loader: glob({ base, pattern: '*/limits.yaml', generateId: ({ entry }) => guideOf(entry) }),
  schema: limitsSchema,
});

export const collections = { guides, pages, glossary, practice, limits };

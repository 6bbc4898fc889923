// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { headingAnchorOptions } from './src/plugins/heading-anchors.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { remarkCrossReferences } from './src/plugins/remark-cross-references.ts';
import { remarkGlossaryTerms } from './src/plugins/remark-glossary-terms.ts';

// The site origin is only used for canonical URLs, Open Graph and the sitemap; override it per deployment.
const site = process.env.SITE_URL ?? 'https://streaming-guide.example.org';
// A base path lets the same build be served from a sub-folder (for example /guide/ on a shared host).
const base = process.env.BASE_PATH ?? '/';
// Absolute, so the link checks find the content whatever directory the build starts from.
const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Nothing is prefetched from other pages: a reader on a phone pays only for what they open.
  prefetch: false,
  integrations: [
    mdx(),
    // Lists every built page, for search engines and for the e2e sweeps that enumerate pages.
    sitemap(),
    // Indexes the built pages for site search (dist/pagefind/); runs after every build.
    pagefindIndex(),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [
        // Every internal link and #anchor must exist; a broken one fails the build naming the file and line.
        remarkCrossReferences({ contentDir, base }),
        // Every <Term id> must be in its guide's glossary.yaml.
        remarkGlossaryTerms({ contentDir }),
      ],
      rehypePlugins: [
        // Stable GitHub-style ids on every heading, so a URL can point at one section.
        rehypeSlug,
        // A visible, labelled "#" link after each h2–h4 heading.
        [rehypeAutolinkHeadings, headingAnchorOptions],
      ],
    }),
  },
});

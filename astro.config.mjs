// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { headingAnchorOptions } from './src/plugins/heading-anchors.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';

// The site origin is only used for canonical URLs, Open Graph and the sitemap; override it per deployment.
const site = process.env.SITE_URL ?? 'https://streaming-guide.example.org';
// A base path lets the same build be served from a sub-folder (for example /guide/ on a shared host).
const base = process.env.BASE_PATH ?? '/';

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
    // A Content-Security-Policy <meta> on every page, with a hash for each inline script.
    contentSecurityPolicy(),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [],
      rehypePlugins: [
        // Stable GitHub-style ids on every heading, so a URL can point at one section.
        rehypeSlug,
        // A visible, labelled "#" link after each h2–h4 heading.
        [rehypeAutolinkHeadings, headingAnchorOptions],
      ],
    }),
  },
});

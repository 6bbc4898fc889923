// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { headingAnchorOptions } from './src/plugins/heading-anchors.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { remarkCrossReferences } from './src/plugins/remark-cross-references.ts';
import { remarkGlossaryTerms } from './src/plugins/remark-glossary-terms.ts';
import { remarkTikz } from './src/plugins/remark-tikz.ts';
import { remarkMermaidFigure } from './src/plugins/remark-mermaid-figure.ts';
import { rehypeFigureNumbers } from './src/plugins/rehype-figure-numbers.ts';
import { rehypePageAssets } from './src/plugins/rehype-page-assets.ts';
import { mermaidOnDemand } from './src/integrations/mermaid-on-demand.ts';
import { figureAssets } from './src/integrations/figure-assets.ts';
import { remarkCollectExamTips } from './src/plugins/remark-collect-exam-tips.ts';
import { remarkCollectFlashcards } from './src/plugins/remark-collect-flashcards.ts';
import { remarkQuiz } from './src/plugins/remark-quiz.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';

// The site origin is only used for canonical URLs, Open Graph and the sitemap; override it per deployment.
const site = process.env.SITE_URL ?? 'https://streaming-guide.example.org';
// A base path lets the same build be served from a sub-folder (for example /guide/ on a shared host).
const base = process.env.BASE_PATH ?? '/';
// Absolute, so the link checks find the content whatever directory the build starts from. CONTENT_DIR (the
// benchmark's scale run) points the collections and these checks at another folder together.
const contentDir = process.env.CONTENT_DIR
  ? `${resolve(process.env.CONTENT_DIR)}/`
  : fileURLToPath(new URL('./content/', import.meta.url));

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
    // Draws ```mermaid diagrams in the browser, shipping its script only to pages with a diagram.
    // Follows html[data-theme]; nothing logged to the console, and no icon packs fetched from elsewhere.
    mermaidOnDemand({
      autoTheme: true,
      enableLog: false,
      // The site's own font and tighter spacing keep a diagram's labels readable at column width.
      mermaidConfig: { fontFamily: 'system-ui, sans-serif', flowchart: { nodeSpacing: 24, rankSpacing: 48 } },
    }),
    // Copies KaTeX's styles and fonts and the TikZ figures' Computer Modern fonts into the build.
    figureAssets(),
    // A Content-Security-Policy <meta> on every page, with a hash for each inline script.
    contentSecurityPolicy(),
  ],
  vite: {
    // Lazy-loaded widgets (search) import their code with import(); without this, every page would ship Vite's
    // ~0.9 KB preload helper just to preload those chunks' dependencies, which are tiny and load on demand anyway.
    build: { modulePreload: false },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        // ```tikz fences become inline SVG figures, compiled by TeX at build time.
        remarkTikz,
        // ```mermaid fences get a numbered figure, a caption and their flows as text (before astro-mermaid runs).
        remarkMermaidFigure,
        // $…$ and $$…$$ become math nodes, which rehype-katex typesets.
        remarkMath,
        // Every internal link and #anchor must exist; a broken one fails the build naming the file and line.
        remarkCrossReferences({ contentDir, base }),
        // Every <Term id> must be in its guide's glossary.yaml.
        remarkGlossaryTerms({ contentDir }),
        // Gathers exam-tip callouts (with stable ids) for the guide's exam-tips page.
        remarkCollectExamTips,
        // Gathers h2 sections of `cards: h2-sections` pages for the guide's flashcards page.
        remarkCollectFlashcards,
        // Checks each <Quiz> (id, options, a correct one, an explanation) and gathers them for the practice page.
        remarkQuiz,
      ],
      rehypePlugins: [
        // Math typeset to HTML (plus MathML for screen readers) at build time: no math JavaScript ships.
        rehypeKatex,
        // "Figure N:" captions and #figure-N ids, numbered across every kind of figure on a page.
        rehypeFigureNumbers,
        // Stable GitHub-style ids on every heading, so a URL can point at one section.
        rehypeSlug,
        // A visible, labelled "#" link after each h2–h4 heading.
        [rehypeAutolinkHeadings, headingAnchorOptions],
        // After the plugins above, so it sees their markup: records which math/figure styles and scripts the page needs.
        rehypePageAssets,
      ],
    }),
  },
});

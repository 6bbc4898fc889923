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
import { rehypeAnchorAliases } from './src/plugins/rehype-anchor-aliases.ts';
import { getContentIndex } from './src/lib/build/content-index.ts';
import { remarkGlossaryTerms } from './src/plugins/remark-glossary-terms.ts';
import { remarkTikz } from './src/plugins/remark-tikz.ts';
import { remarkMermaidFigure } from './src/plugins/remark-mermaid-figure.ts';
import { rehypeFigureNumbers } from './src/plugins/rehype-figure-numbers.ts';
import { rehypePageAssets } from './src/plugins/rehype-page-assets.ts';
import { rehypeTableScroll } from './src/plugins/rehype-table-scroll.ts';
import { mermaidOnDemand } from './src/integrations/mermaid-on-demand.ts';
import { figureAssets } from './src/integrations/figure-assets.ts';
import { remarkCollectExamTips } from './src/plugins/remark-collect-exam-tips.ts';
import { rehypeFlashcardIds, remarkCollectFlashcards } from './src/plugins/remark-collect-flashcards.ts';
import { remarkQuiz } from './src/plugins/remark-quiz.ts';
import { rehypeSearchAliases, searchSynonymsCheck } from './src/plugins/rehype-search-aliases.ts';
import { rehypeTableCellSpacing } from './src/plugins/rehype-table-cell-spacing.ts';
import { remarkAnswerControls } from './src/plugins/remark-answer-controls.ts';
import { rehypeExportPageData } from './src/plugins/page-data.ts';
import { rehypeHtmlThroughComponents } from './src/plugins/rehype-html-through-components.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { contentIndexWatcher } from './src/integrations/content-index.ts';
import { lazyImports } from './src/integrations/lazy-imports.ts';

// The site origin is only used for canonical URLs, Open Graph and the sitemap; override it per deployment.
const site = process.env.SITE_URL ?? 'https://streaming-guide.example.org';
// A base path lets the same build be served from a sub-folder (for example /guide/ on a shared host).
const base = process.env.BASE_PATH ?? '/';
// Absolute, so the link checks find the content whatever directory the build starts from. CONTENT_DIR (the
// benchmark's scale run) points the collections and these checks at another folder together.
const contentDir = process.env.CONTENT_DIR
  ? `${resolve(process.env.CONTENT_DIR)}/`
  : fileURLToPath(new URL('./content/', import.meta.url));

// Old page addresses (frontmatter `aliases`) only send readers on; search engines should list the page itself.
const aliasPaths = new Set(
  [...getContentIndex(contentDir).aliases.keys()].map((path) => `${base}${path}`.replace('//', '/')),
);

export default defineConfig({
  // Astro's content store describes one content folder. Each CONTENT_DIR (the fixture site, the test build with an
  // extra guide, the benchmark's copies) keeps its own, so switching folders never leaves another folder's entries
  // behind ("multiple entries with the same slug") and each stays warm for its next build.
  cacheDir: process.env.CONTENT_DIR
    ? `./node_modules/.astro/content-dirs/${process.env.CONTENT_DIR.replace(/[^a-z0-9]+/gi, '-')}`
    : './node_modules/.astro',
  site,
  base,
  // Tests that build fixture sites give each build its own cache, so they never mix with the site's content store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Nothing is prefetched from other pages: a reader on a phone pays only for what they open.
  prefetch: false,
  integrations: [
    mdx(),
    // Lists every built page, for search engines and for the e2e sweeps that enumerate pages.
    sitemap({ filter: (page) => !aliasPaths.has(new URL(page).pathname) }),
    // Indexes the built pages for site search (dist/pagefind/); runs after every build.
    pagefindIndex(),
    // Fails the build when a guide.yaml search synonym matched no heading (its aliases would be lost).
    searchSynonymsCheck({ contentDir }),
    // Draws the ```mermaid diagram types that the build does not draw (anything but a flowchart) in the browser,
    // shipping its script only to pages with such a diagram.
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
    // In `astro dev`, re-reads the content index the link checks use when a content file changes.
    contentIndexWatcher({ contentDir }),
    // Lazily imported chunks load without Vite's preload helper on every page (see lazy-imports.ts).
    lazyImports(),
  ],
  vite: {
    // Lazily imported widgets (search, study progress) load without preloading: see src/integrations/lazy-imports.ts.
    build: {
      // The largest chunk is Mermaid's renderer (see mermaid-on-demand.ts): only pages with a diagram load it, on
      // demand, so its size is not a page-weight problem worth a warning in every build log.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks each MDX collection entry with a "use astro:head-inject" directive that the bundler says it
          // may not preserve; Astro re-adds what it needs itself. Known and harmless:
          // https://github.com/withastro/astro/issues/18087. Every other warning still prints.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        // ```tikz fences become inline SVG figures, compiled by TeX at build time.
        remarkTikz,
        // ```mermaid fences get a numbered figure, a caption and a text version; flowcharts are drawn to inline SVG
        // here (the rest is left for astro-mermaid, which runs after this).
        remarkMermaidFigure,
        // $…$ and $$…$$ become math nodes, which rehype-katex typesets.
        remarkMath,
        // Every internal link must lead to a page that exists; a broken one fails the build naming the file and line.
        // (#fragments are checked on the built HTML by `npm run test:links`.)
        remarkCrossReferences({ contentDir, base }),
        // Every <Term id> must be in its guide's glossary.yaml.
        remarkGlossaryTerms({ contentDir }),
        // Gathers exam-tip callouts (with stable ids) for the guide's exam-tips page.
        remarkCollectExamTips,
        // Gathers h2 sections of `cards: h2-sections` pages for the guide's flashcards page (ids: rehypeFlashcardIds).
        remarkCollectFlashcards,
        // Checks each <Quiz> (id, options, a correct one, an explanation) and gathers them for the practice page.
        remarkQuiz,
        // Numbers the page's answers for the sidebar and puts the answer toolbar before the first one.
        remarkAnswerControls,
      ],
      rehypePlugins: [
        // <Anchor id="old-id" /> keeps a renamed heading's old #id working (before rehype-slug reads the text).
        rehypeAnchorAliases,
        // Stable GitHub-style ids on every heading, so a URL can point at one section. Before KaTeX, so a heading
        // with $n$ gets its id from the formula's source ("cost-of-n-runs"), not from its rendered copies.
        rehypeSlug,
        // After rehype-slug: each flashcard of a `cards: h2-sections` page takes its heading's id, so its link lands.
        rehypeFlashcardIds,
        // Math typeset to HTML (plus MathML for screen readers) at build time: no math JavaScript ships.
        rehypeKatex,
        // "Figure N:" captions and #figure-N ids, numbered across every kind of figure on a page.
        rehypeFigureNumbers,
        // After rehype-slug: headings about a service or term are indexed with its other names ("EFO", "KDS").
        rehypeSearchAliases({ contentDir }),
        // Table cells end with a space, so search reads "Concept Kinesis", not "ConceptKinesis".
        rehypeTableCellSpacing,
        // A visible, labelled "#" link after each h2–h4 heading.
        [rehypeAutolinkHeadings, headingAnchorOptions],
        // Each table scrolls sideways in its own focusable box instead of being cut off on a phone.
        rehypeTableScroll,
        // HTML written in a page goes through the MDX components like Markdown's (the print edition prefixes its ids).
        rehypeHtmlThroughComponents,
        // After the plugins above, so it sees their markup: records which math/figure styles and scripts the page needs.
        rehypePageAssets,
        // Last: hands what the plugins above gathered to the page (src/plugins/page-data.ts).
        rehypeExportPageData,
      ],
    }),
  },
});

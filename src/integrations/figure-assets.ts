/**
 * Self-hosts the fonts and stylesheets that build-time figures and math need, under `<base>/vendor/`:
 *
 *   vendor/katex/katex.css, vendor/katex/fonts/*.woff2   KaTeX's stylesheet, trimmed to woff2 (every browser we
 *                                                        support reads it), and its fonts
 *   vendor/tikz/fonts.css, vendor/tikz/<font>.ttf        @font-face rules for the Computer Modern fonts that TikZ
 *                                                        labels use, and only those font files
 *
 * After a build, the TikZ fonts are found by reading the built pages, so a font that no figure uses is not copied.
 * In dev every font is served, because pages are rendered on request. src/components/PageAssets.astro links these
 * files only from pages that need them.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements, parseHtml } from '../lib/build/html-tree.ts';

const require = createRequire(import.meta.url);
const KATEX_DIST = dirname(require.resolve('katex/dist/katex.min.css'));
const TIKZ_FONTS = join(dirname(require.resolve('node-tikzjax/package.json')), 'css', 'bakoma', 'ttf');
const AVAILABLE_TIKZ_FONTS = new Set(readdirSync(TIKZ_FONTS).map((name) => name.replace(/\.ttf$/, '')));

/** The files under vendor/, by path, given the TikZ font families in use. */
async function vendorFiles(tikzFonts: Iterable<string>): Promise<Map<string, () => Promise<string | Buffer>>> {
  const files = new Map<string, () => Promise<string | Buffer>>();
  files.set('katex/katex.css', async () => woff2Only(await readFile(join(KATEX_DIST, 'katex.min.css'), 'utf8')));
  for (const name of await readdir(join(KATEX_DIST, 'fonts'))) {
    if (name.endsWith('.woff2')) files.set(`katex/fonts/${name}`, () => readFile(join(KATEX_DIST, 'fonts', name)));
  }
  const fonts = [...new Set(tikzFonts)].sort();
  files.set('tikz/fonts.css', async () => fonts.map(fontFace).join('\n') + '\n');
  for (const font of fonts) files.set(`tikz/${font}.ttf`, () => readFile(join(TIKZ_FONTS, `${font}.ttf`)));
  return files;
}

/** KaTeX lists woff2, woff and ttf for each font; keep only woff2, the only format we ship. */
const woff2Only = (css: string) =>
  css.replace(/,url\([^)]+\.woff\) format\("woff"\),url\([^)]+\.ttf\) format\("truetype"\)/g, '');

// `block`: TikZ places each word at an exact x, so a fallback font with other widths would make words collide.
const fontFace = (font: string) =>
  `@font-face{font-family:${font};src:url(${font}.ttf) format("truetype");font-display:block}`;

/** The Computer Modern families named by TikZ SVGs in the built pages. */
async function tikzFontsIn(dir: string): Promise<Set<string>> {
  const fonts = new Set<string>();
  const pages = (await readdir(dir, { recursive: true })).filter((path) => path.endsWith('.html'));
  for (const page of pages) {
    const tree = parseHtml(await readFile(join(dir, page), 'utf8'));
    const figures = [...elements(tree)].filter(
      (el) => el.tagName === 'svg' && ([] as unknown[]).concat(el.properties['className'] ?? []).includes('tikz'),
    );
    for (const figure of figures) {
      for (const el of elements(figure)) {
        // SVG attributes are camel-cased in hast: font-family="cmr10" is fontFamily.
        const font = el.properties['fontFamily'];
        if (typeof font !== 'string') continue;
        if (!AVAILABLE_TIKZ_FONTS.has(font))
          throw new Error(`${page}: a TikZ figure uses font "${font}", which node-tikzjax does not ship`);
        fonts.add(font);
      }
    }
  }
  return fonts;
}

export function figureAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'figure-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': async ({ server }) => {
        const files = await vendorFiles(AVAILABLE_TIKZ_FONTS);
        server.middlewares.use(async (request, response, next) => {
          const path = request.url?.split('?')[0]?.replace(`${base}vendor/`, '');
          const file = path === undefined ? undefined : files.get(path);
          if (!file) return next();
          response.setHeader('Content-Type', path!.endsWith('.css') ? 'text/css' : 'font/' + path!.split('.').pop());
          response.end(await file());
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await vendorFiles(await tikzFontsIn(out));
        for (const [path, read] of files) {
          await mkdir(dirname(join(out, 'vendor', path)), { recursive: true });
          await writeFile(join(out, 'vendor', path), await read());
        }
        logger.info(`wrote ${files.size} files to vendor/ (KaTeX styles and fonts, TikZ fonts)`);
      },
    },
  };
}

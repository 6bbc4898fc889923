/**
 * What the e2e suites know about a built site, read from its output folder so that a new page is tested with no
 * change to the specs: every HTML file is a page, addressed by its URL path under the base path. `site.ts` reads
 * the real build (`dist/`), `fixture-site.ts` the fixture site's (`dist-fixture/`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltSite {
  /** The output folder, absolute. */
  DIST: string;
  /** The base path the site was built with, always with leading and trailing slashes. */
  BASE: string;
  /** Every page that a reader can reach (the 404 page is tested on its own, at an unknown URL). */
  PAGES: string[];
  /** The built HTML of a page, by its URL path. */
  htmlOf: (path: string) => string;
  /** Pages whose built HTML contains `marker` (for example `<details class="answer"`), so suites follow the content. */
  pagesContaining: (marker: string) => string[];
  /** Pages whose built HTML matches `pattern`, e.g. the pages that carry a kind of figure. */
  pagesWith: (pattern: RegExp) => string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** An old address kept by a page's `aliases`: it only sends the reader on, so the page sweeps leave it out. */
const isAlias = (file: string) => /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));

/** The site built into `dist` with base path `base`; `build` is the npm script that makes it, for the error. */
export function builtSite(dist: string, base: string, build: string): BuiltSite {
  const BASE = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No pages found in ${dist}. Run "${build}" first.`);
  /** URL path of a built HTML file: `dist/a/b/index.html` → `/base/a/b/`. */
  const urlPathOf = (file: string) =>
    BASE +
    relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1');
  const PAGES = htmlFiles(dist)
    .filter((file) => !file.endsWith(`${sep}404.html`) && !isAlias(file))
    .map(urlPathOf)
    .sort();
  const htmlOf = (path: string) =>
    readFileSync(join(dist, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : ''), 'utf8');
  return {
    DIST: dist,
    BASE,
    PAGES,
    htmlOf,
    pagesContaining: (marker) => PAGES.filter((path) => htmlOf(path).includes(marker)),
    pagesWith: (pattern) => PAGES.filter((path) => pattern.test(htmlOf(path))),
  };
}

/**
 * Guide pages are the ones with a sidebar, told by their built HTML (not by a list of the site's other pages, such
 * as the home, search, mock exam and 404 pages, which a new site page would silently join).
 */
export const isGuidePageIn = (htmlOf: (path: string) => string) => (path: string) =>
  htmlOf(path).includes('class="sidebar"');

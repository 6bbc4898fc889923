/**
 * What the e2e suites know about the built site, read from `dist/` so that a new page is tested with no change
 * here: every HTML file is a page, addressed by its URL path under the base path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** The base path the site was built with (BASE_PATH), always with leading and trailing slashes. */
export const BASE = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
export const PORT = Number(process.env.E2E_PORT ?? 4321);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** URL path of a built HTML file: `dist/a/b/index.html` → `/base/a/b/`. */
function urlPathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return BASE + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** An old address kept by a page's `aliases`: it only sends the reader on, so the page sweeps leave it out. */
const isAlias = (file: string) => /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));

/** Every page that a reader can reach (the 404 page is tested on its own, at an unknown URL). */
export const PAGES: string[] = htmlFiles(DIST)
  .filter((file) => !file.endsWith(`${sep}404.html`) && !isAlias(file))
  .map(urlPathOf)
  .sort();

/** Guide pages are the ones with a sidebar: under a guide folder, not the home, search or other site pages. */
export const isGuidePage = (path: string) =>
  !!path.slice(BASE.length) && !/^(search|404)/.test(path.slice(BASE.length));

/** An address no page has: the host answers it with the 404 page. */
export const NOT_FOUND_PATH = `${BASE}no-such-page/`;

/** The built HTML of a page, by its URL path. */
export const htmlOf = (path: string) =>
  readFileSync(join(DIST, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : ''), 'utf8');

/** Pages whose built HTML contains `marker` (for example `<details class="answer"`), so suites follow the content. */
export const pagesContaining = (marker: string) => PAGES.filter((path) => htmlOf(path).includes(marker));

/** Pages whose built HTML matches `pattern`, e.g. the pages that carry a kind of figure. */
export const pagesWith = (pattern: RegExp) => PAGES.filter((path) => pattern.test(htmlOf(path)));

if (PAGES.length === 0) throw new Error(`No pages found in ${DIST}. Run "npm run build" first.`);

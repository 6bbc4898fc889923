/**
 * The link check of record: every internal link of every built page must lead to a page or file of the build, and
 * every #fragment must be an id that the target page really has. It runs on the HTML readers get, so ids made
 * while rendering (heading slugs, figure numbers, exam tips, glossary terms) are checked exactly as they are.
 * External links are not followed: the check must pass offline.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nearest } from '../../src/lib/shared/nearest.ts';
import type { BuiltPage, BuiltSite } from './built-site.ts';

/** A placeholder origin for resolving relative URLs; a link to any other origin is external. */
const ORIGIN = 'https://site.invalid';

/** Where a URL found on the page at `fromPath` points, or undefined when it leaves the site. */
export function resolveInternal(href: string, fromPath: string): URL | undefined {
  if (/^(mailto|tel|data|javascript|blob):/i.test(href)) return undefined;
  const url = new URL(href, `${ORIGIN}${fromPath}`);
  return url.origin === ORIGIN ? url : undefined;
}

/** `url(…)` and `@import "…"` addresses in CSS text. */
const cssUrls = (css: string) =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)].map((m) => (m[2] ?? m[4])!);

/** What is wrong with one link, or undefined when it works. */
function problemWith(site: BuiltSite, from: BuiltPage, href: string): string | undefined {
  const url = resolveInternal(href, from.path);
  if (!url) return undefined;
  const pathname = decodeURIComponent(url.pathname);
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!pathname.startsWith(site.base)) return `${pathname} is outside the site's base path ${site.base}`;
  const target = site.pages.get(pathname);
  if (!target) {
    const file = join(site.root, pathname);
    if (existsSync(file) && statSync(file).isFile()) return undefined;
    if (site.pages.has(`${pathname}/`)) return `write ${pathname}/ with a trailing slash (the host would redirect)`;
    const pages = [...site.pages.keys()].filter((path) => !site.pages.get(path)?.redirectTo);
    return `no page or file ${pathname}. Nearest pages: ${nearest(pathname, pages).join(', ')}`;
  }
  // A link to an alias page works, but costs a redirect and loses its #fragment: point it at the new address.
  if (target.redirectTo) return `${pathname} is an old address that redirects to ${target.redirectTo}; link there`;
  if (!fragment || fragment === 'top' || target.ids.has(fragment)) return undefined;
  const suggestions = nearest(fragment, target.ids).map((id) => `${target.path}#${id}`);
  return `${target.path} has no #${fragment}. Nearest: ${suggestions.join(', ') || '(the page has no ids)'}`;
}

/** Stylesheets of the build whose url() or @import names a file that is not there. */
function brokenStylesheetUrls(site: BuiltSite): string[] {
  const dir = join(site.root, site.base);
  const problems: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.css')) continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${file.slice(site.root.replace(/\/+$/, '').length + 1)}`;
    for (const url of cssUrls(readFileSync(file, 'utf8'))) {
      const resolved = resolveInternal(url, path);
      if (!resolved) continue;
      const target = join(site.root, decodeURIComponent(resolved.pathname));
      if (!existsSync(target)) problems.push(`stylesheet ${path}: url(${url}) — no file ${resolved.pathname}`);
    }
  }
  return problems;
}

/** Every broken link of the site, one line each, naming the page that holds it. */
export function checkLinks(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const page of site.pages.values()) {
    for (const { href, source } of page.links) {
      const problem = problemWith(site, page, href);
      if (problem) problems.push(`${page.path}: ${source.replace('>', `="${href}">`)} — ${problem}`);
    }
  }
  return [...problems, ...brokenStylesheetUrls(site)];
}

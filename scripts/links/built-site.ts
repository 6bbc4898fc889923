/**
 * Reads a built site (dist/) the way a browser would see it: every HTML page by its URL, with the ids it really
 * has, the links it holds and, for redirect pages, where they lead. The link check and the published-anchors
 * manifest both work from this, so they agree with each other and with the HTML readers get.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { attribute, elements, parseHtml, type HtmlElement } from '../../src/lib/build/html-tree.ts';

export interface BuiltLink {
  /** The attribute value as written in the HTML. */
  href: string;
  /** The element and attribute it came from, for the report: `<a href>`. */
  source: string;
}

export interface BuiltPage {
  /** URL path, base included, with a trailing slash for pages: "/guide/demo/target/". */
  path: string;
  /** Every id in the document. */
  ids: Set<string>;
  /**
   * The ids a reader may link to: every id inside <main> except the plumbing of widgets, which is no place to
   * land on: form fields and the messages that describe them, tooltips and live regions.
   */
  anchors: string[];
  /** Every URL the page links to or loads. */
  links: BuiltLink[];
  /** For an alias page (a redirect written by Astro's `redirects`), the URL it sends readers to. */
  redirectTo?: string | undefined;
}

export interface BuiltSite {
  /** The folder a host would serve at "/" (the base path is a folder inside it). */
  root: string;
  /** The base path, with leading and trailing slashes. */
  base: string;
  /** Pages by URL path. */
  pages: Map<string, BuiltPage>;
}

/** Attributes whose value is a URL the page links to or loads. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  form: ['action'],
};
/** Form fields: their ids, and the ids of what describes them, belong to the form, not to the reader. */
const FORM_FIELDS = new Set(['input', 'select', 'textarea', 'button', 'output']);
/** Roles of elements that appear and disappear on their own, so a link to them would land on nothing. */
const TRANSIENT_ROLES = new Set(['tooltip', 'status', 'alert', 'log']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** "/guide/" for "guide", "/" for "" or "/". */
export const normalizeBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** What one HTML document holds, by its URL path. */
export function readPage(path: string, html: string): BuiltPage {
  const all = [...elements(parseHtml(html))];
  const ids = new Set<string>();
  const plumbing = new Set<string>();
  const links: BuiltLink[] = [];
  let redirectTo: string | undefined;
  const inMain = new Set<HtmlElement>();
  for (const main of all.filter((element) => element.tagName === 'main')) {
    for (const element of elements(main)) inMain.add(element);
  }
  for (const element of all) {
    const id = attribute(element, 'id');
    if (id) ids.add(id);
    if (id && (FORM_FIELDS.has(element.tagName) || TRANSIENT_ROLES.has(attribute(element, 'role') ?? ''))) {
      plumbing.add(id);
    }
    if (FORM_FIELDS.has(element.tagName)) {
      for (const name of ['aria-describedby', 'aria-errormessage']) {
        for (const ref of attribute(element, name)?.split(/\s+/) ?? []) plumbing.add(ref);
      }
    }
    for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
      const value = attribute(element, name);
      // The canonical and Open Graph addresses name the deployed origin, not a file of this build.
      if (value !== undefined && !/\bcanonical\b/.test(attribute(element, 'rel') ?? '')) {
        links.push({ href: value, source: `<${element.tagName} ${name}>` });
      }
    }
    if (element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh') {
      redirectTo = /url=(.*)$/i.exec(attribute(element, 'content') ?? '')?.[1]?.trim();
    }
  }
  const anchors = [...inMain]
    .map((element) => attribute(element, 'id'))
    .filter((id): id is string => !!id && !plumbing.has(id));
  return { path, ids, anchors: [...new Set(anchors)].sort(), links, redirectTo };
}

/**
 * Every HTML page under `root` + `base`. `404.html` is left out: no link leads to it, and its URL is whatever
 * address was not found.
 */
export function readBuiltSite(root: string, base = '/'): BuiltSite {
  const normalizedBase = normalizeBase(base);
  const pagesDir = join(root, normalizedBase);
  if (!existsSync(join(pagesDir, 'index.html'))) {
    throw new Error(`${join(pagesDir, 'index.html')} does not exist: build the site first (npm run build).`);
  }
  const pages = new Map<string, BuiltPage>();
  for (const file of htmlFiles(pagesDir)) {
    const rel = relative(pagesDir, file).split(sep).join('/');
    if (rel === '404.html') continue;
    const path = normalizedBase + rel.replace(/(^|\/)index\.html$/, '$1');
    pages.set(path, readPage(path, readFileSync(file, 'utf8')));
  }
  return { root, base: normalizedBase, pages };
}

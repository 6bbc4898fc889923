/**
 * The published-anchors manifest (anchors.lock): every URL of the site and every #anchor on it, one per line,
 * generated from the build. A reader's saved link must keep working, so the check fails when a URL or an anchor
 * of the manifest no longer resolves (directly, through an alias anchor, or through an alias page's redirect),
 * and it says how to keep it. It also lists the build's anchors that the manifest lacks, so they can be added.
 */
import type { BuiltPage, BuiltSite } from './built-site.ts';

export const LOCK_HEADER = [
  '# Every public URL of the site and its #anchors, generated from the build. `npm test` fails if one stops',
  '# working. Keep it working with an alias (README, "Links between pages"); after a deliberate change, run',
  '# `npm run anchors:update` and commit this file.',
];

/** The base-independent form of a URL path: "/guide/demo/x/" with base "/guide/" → "/demo/x/". */
const withoutBase = (site: BuiltSite, path: string) => `/${path.slice(site.base.length)}`;

/** The page an alias page redirects to, if it is one of the build's pages. */
function redirectTarget(site: BuiltSite, page: BuiltPage): BuiltPage | undefined {
  if (!page.redirectTo) return undefined;
  return site.pages.get(new URL(page.redirectTo, `https://site.invalid${page.path}`).pathname);
}

/** The manifest entries of a build: each page's URL, then its anchors; alias pages carry their target's anchors. */
export function publishedAnchors(site: BuiltSite): string[] {
  const entries: string[] = [];
  for (const page of site.pages.values()) {
    const url = withoutBase(site, page.path);
    const anchors = page.redirectTo ? (redirectTarget(site, page)?.anchors ?? []) : page.anchors;
    entries.push(url, ...anchors.map((anchor) => `${url}#${anchor}`));
  }
  return entries.sort();
}

export const formatLock = (entries: string[]) => [...LOCK_HEADER, ...entries, ''].join('\n');

export const parseLock = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

/** How to keep one entry of the manifest working, said once per kind of entry. */
function howToKeep(entry: string): string {
  const [path = '', anchor] = entry.split('#');
  const slug = path.replace(/^\/|\/$/g, '');
  if (anchor === undefined) {
    return (
      `the page ${path} is gone. If it moved, add its old address to the new page's frontmatter ` +
      `(aliases: ["${slug}"]); if it was removed on purpose, run \`npm run anchors:update\`.`
    );
  }
  return (
    `#${anchor} is gone from ${path}. If its heading was renamed, keep the old id on the heading: ` +
    `"## New heading <Anchor id="${anchor}" />" (or put <Anchor id="${anchor}" /> where the old target was); ` +
    `if it was removed on purpose, run \`npm run anchors:update\`.`
  );
}

export interface LockCheck {
  /** Entries of the manifest that no longer resolve, each with how to keep it. */
  missing: string[];
  /** Anchors of the build that the manifest does not list yet. */
  unlisted: string[];
}

/** Compares the manifest with a build. */
export function checkLock(site: BuiltSite, lock: string[]): LockCheck {
  const missing: string[] = [];
  for (const entry of lock) {
    const [path = '', anchor] = entry.split('#');
    let page = site.pages.get(`${site.base}${path.replace(/^\//, '')}`);
    if (page?.redirectTo) page = redirectTarget(site, page);
    if (!page || (anchor !== undefined && !page.ids.has(anchor))) missing.push(`${entry}: ${howToKeep(entry)}`);
  }
  const listed = new Set(lock);
  const unlisted = publishedAnchors(site).filter((entry) => !listed.has(entry));
  return { missing, unlisted };
}

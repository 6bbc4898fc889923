/**
 * remarkCrossReferences(): checks every internal link of an MDX page — markdown links and definitions,
 * `<a href>` and `<Xref to>` — against the content index (src/lib/build/content-index.ts). A link to a page that does
 * not exist fails the compile with the file, the line, the link and the nearest existing pages.
 * Only the page is checked here: which #fragments a page has is known only once it is rendered (heading slugs,
 * figure numbers, exam tips, math), so fragments are checked on the built HTML by `npm run test:links`.
 * Root-relative links ("/guide/page/#id") get the base path prepended, so they work from a sub-folder too.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import {
  getContentIndex,
  isJsxElement,
  jsxAttribute,
  pagePathOf,
  relativeContentFile,
  type ContentIndex,
} from '../lib/build/content-index.ts';
import { nearest } from '../lib/shared/nearest.ts';

export interface CrossReferenceOptions {
  /** The content folder, absolute or relative to the working directory. */
  contentDir: string;
  /** The site's base path (Astro's `base`); "/" when served from the root. */
  base?: string;
}

/** The site path and fragment a link points at, or undefined for external links and files (images, feeds). */
export function resolveLink(url: string, fromPath: string): { path: string; fragment: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const resolved = new URL(url, `https://site.invalid/${fromPath}`);
  const path = decodeURIComponent(resolved.pathname.slice(1));
  if (/\.[a-z0-9]+$/i.test(path)) return undefined;
  return {
    path: path === '' || path.endsWith('/') ? path : `${path}/`,
    fragment: decodeURIComponent(resolved.hash.slice(1)),
  };
}

/** What is wrong with a link from the page at `fromPath`, or undefined when its target page exists. */
export function brokenLinkReason(index: ContentIndex, url: string, fromPath: string): string | undefined {
  const target = resolveLink(url, fromPath);
  if (!target) return undefined;
  if (!index.pages.has(target.path)) {
    const renamed = index.aliases.get(target.path);
    if (renamed !== undefined) return `/${target.path} is an old address of /${renamed}; link to the new one`;
    const suggestions = nearest(target.path, index.pages).map((path) => `/${path}`);
    return `no page /${target.path}. Nearest pages: ${suggestions.join(', ')}`;
  }
  return undefined;
}

export function remarkCrossReferences({ contentDir, base = '/' }: CrossReferenceOptions) {
  const prefix = base.replace(/\/+$/, '');
  const withBase = (url: string) => (prefix && url.startsWith('/') && !url.startsWith('//') ? `${prefix}${url}` : url);
  return () => (tree: Root, file: VFile) => {
    const relativeFile = relativeContentFile(contentDir, file.path);
    if (!relativeFile) return;
    const index = getContentIndex(contentDir);
    const fromPath = pagePathOf(relativeFile);
    const problems: string[] = [];
    const check = (url: string, line: number | undefined, shown: string) => {
      const reason = brokenLinkReason(index, url, fromPath);
      if (reason) problems.push(`line ${line ?? '?'}: ${shown} — ${reason}`);
    };
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        check(node.url, node.position?.start.line, `link "${node.url}"`);
        node.url = withBase(node.url);
      } else if (isJsxElement(node) && node.name === 'Xref') {
        const to = jsxAttribute(node, 'to') ?? '';
        check(to.startsWith('#') ? to : `/${to}`, node.position?.start.line, `<Xref to="${to}">`);
      } else if (isJsxElement(node) && node.name === 'a') {
        const href = node.attributes.find(
          (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href',
        );
        if (href?.type !== 'mdxJsxAttribute' || typeof href.value !== 'string') return;
        check(href.value, node.position?.start.line, `<a href="${href.value}">`);
        href.value = withBase(href.value);
      }
    });
    if (problems.length > 0) {
      file.fail(`${relativeFile}: ${problems.length} broken cross-reference(s):\n  - ${problems.join('\n  - ')}`);
    }
  };
}

/**
 * A build-time index of the content folder: every page's URL and the #anchors it will have, and every guide's
 * glossary terms. The cross-reference and glossary-term plugins check links against it while each MDX file
 * compiles, so an error can name the file, the line and the link. It is rebuilt whenever a content file changes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';

export interface IndexedPage {
  /** Site path without the base, with a trailing slash: "streaming-sources/cdc-sources/" ("" for the home page). */
  path: string;
  /** Every fragment id a link may point at on this page. */
  anchors: Set<string>;
}

export interface ContentIndex {
  /** Pages by path (see IndexedPage.path). */
  pages: Map<string, IndexedPage>;
  /** Glossary term ids and definitions, by guide folder. */
  glossaries: Map<string, Map<string, string>>;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The literal value of a JSX attribute: `id="x"` → "x", `n={1}` → "1"; undefined when absent or computed. */
export function jsxAttribute(node: JsxElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== name) continue;
    if (typeof attribute.value === 'string') return attribute.value;
    if (attribute.value?.type === 'mdxJsxAttributeValueExpression') return attribute.value.value.trim();
  }
  return undefined;
}

export const isJsxElement = (node: { type: string }): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** "streaming-sources/index.mdx" → "streaming-sources/", "streaming-sources/glossary.mdx" → "streaming-sources/glossary/". */
export function pagePathOf(relativeFile: string): string {
  return `${relativeFile
    .split(sep)
    .join('/')
    .replace(/\.mdx$/, '')
    .replace(/(^|\/)index$/, '')}/`.replace(/^\/$/, '');
}

/** The guide a content file belongs to is its first folder. */
export const guideOfFile = (relativeFile: string) => relativeFile.split(sep).join('/').split('/')[0] ?? '';

const mdxParser = createProcessor({ format: 'mdx' });

export function parseMdx(source: string): Root {
  return mdxParser.parse(source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')) as Root;
}

/** The ids a page's own markup gives it: heading slugs (as rehype-slug makes them), #qN, #answer-N, explicit ids. */
function anchorsOf(tree: Root, glossaries: ContentIndex['glossaries']): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    if (!isJsxElement(node)) return;
    const id = jsxAttribute(node, 'id');
    if (id && node.name !== 'Term') anchors.add(id);
    const n = jsxAttribute(node, 'n');
    if (node.name === 'Question' && n) anchors.add(`q${n}`);
    if (node.name === 'Answer' && n) anchors.add(`answer-${n}`);
    const guide = jsxAttribute(node, 'guide');
    if (node.name === 'Glossary' && guide) for (const term of glossaries.get(guide)?.keys() ?? []) anchors.add(term);
  });
  return anchors;
}

function contentFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(mdx|ya?ml)$/.test(file))
    .sort();
}

function buildIndex(contentDir: string, files: string[]): ContentIndex {
  const glossaries: ContentIndex['glossaries'] = new Map();
  for (const file of files.filter((name) => /(^|[/\\])glossary\.ya?ml$/.test(name))) {
    const data = parseYaml(readFileSync(join(contentDir, file), 'utf8')) as {
      terms?: { id: string; definition: string }[];
    };
    glossaries.set(guideOfFile(file), new Map((data?.terms ?? []).map((term) => [term.id, term.definition])));
  }
  const pages: ContentIndex['pages'] = new Map([['', { path: '', anchors: new Set<string>() }]]);
  for (const file of files.filter((name) => name.endsWith('.mdx'))) {
    const path = pagePathOf(file);
    pages.set(path, { path, anchors: anchorsOf(parseMdx(readFileSync(join(contentDir, file), 'utf8')), glossaries) });
  }
  return { pages, glossaries };
}

const cache = new Map<string, { signature: string; index: ContentIndex }>();

/** The index of `contentDir`, rebuilt only when a content file was added, removed or edited. */
export function getContentIndex(contentDir: string): ContentIndex {
  const files = contentFiles(contentDir);
  const signature = files.map((file) => `${file}:${statSync(join(contentDir, file)).mtimeMs}`).join('|');
  const cached = cache.get(contentDir);
  if (cached?.signature === signature) return cached.index;
  const index = buildIndex(contentDir, files);
  cache.set(contentDir, { signature, index });
  return index;
}

/** Where a content file sits relative to the content folder, or undefined when it is outside it. */
export function relativeContentFile(contentDir: string, file: string | undefined): string | undefined {
  if (!file) return undefined;
  const rel = relative(contentDir, file);
  return rel.startsWith('..') ? undefined : rel;
}

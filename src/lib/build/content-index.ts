/**
 * A build-time index of the content folder: every page's URL and the #anchors it will have, and every guide's
 * glossary terms. The cross-reference and glossary-term plugins check links against it while each MDX file
 * compiles, so an error can name the file, the line and the link. It is built once per build, on first use (one
 * read of every content file: linear in the number of pages); in `astro dev` the content-index integration drops
 * it whenever a content file is added, changed or removed, so the next compile sees the change.
 */
import { readFileSync, readdirSync } from 'node:fs';
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

/** A name and the other names readers search for it by (guide.yaml `synonyms`, glossary.yaml `aliases`). */
export interface SearchSynonym {
  /** The name as headings spell it. */
  name: string;
  aliases: string[];
  /** The file that declares it, for error messages: "streaming-sources/guide.yaml". */
  file: string;
  /** True when some heading must contain the name (guide.yaml); glossary terms need not head a section. */
  mustMatch: boolean;
}

export interface ContentIndex {
  /** Pages by path (see IndexedPage.path). */
  pages: Map<string, IndexedPage>;
  /** Glossary term ids and definitions, by guide folder. */
  glossaries: Map<string, Map<string, string>>;
  /** Search synonyms, by guide folder. */
  synonyms: Map<string, SearchSynonym[]>;
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

/**
 * The ids a page's own markup gives it: heading slugs (as rehype-slug makes them), #qN, #answer-N, explicit ids,
 * and on a page with <Glossary /> its guide's term ids.
 */
function anchorsOf(tree: Root, glossary: Map<string, string> | undefined): Set<string> {
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
    if (node.name === 'Glossary') for (const term of glossary?.keys() ?? []) anchors.add(term);
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
  const synonyms: ContentIndex['synonyms'] = new Map();
  const addSynonyms = (file: string, list: Omit<SearchSynonym, 'file'>[]) => {
    const guide = guideOfFile(file);
    const named = list.filter((entry) => entry.aliases.length > 0).map((entry) => ({ ...entry, file }));
    synonyms.set(guide, [...(synonyms.get(guide) ?? []), ...named]);
  };
  for (const file of files.filter((name) => /(^|[/\\])glossary\.ya?ml$/.test(name))) {
    const data = parseYaml(readFileSync(join(contentDir, file), 'utf8')) as {
      terms?: { id: string; term: string; definition: string; aliases?: string[] }[];
    };
    glossaries.set(guideOfFile(file), new Map((data?.terms ?? []).map((term) => [term.id, term.definition])));
    // "Change Data Capture (CDC)" heads a section as "Change Data Capture", so the bracketed part is left out.
    const terms = (data?.terms ?? []).map(({ term, aliases = [] }) => ({
      name: term.replace(/\s*\(.*\)\s*$/, ''),
      aliases,
      mustMatch: false,
    }));
    addSynonyms(file, terms);
  }
  for (const file of files.filter((name) => /(^|[/\\])guide\.ya?ml$/.test(name))) {
    const data = parseYaml(readFileSync(join(contentDir, file), 'utf8')) as {
      synonyms?: { name: string; aliases: string[] }[];
    };
    addSynonyms(
      file,
      (data?.synonyms ?? []).map((entry) => ({ ...entry, mustMatch: true })),
    );
  }
  const pages: ContentIndex['pages'] = new Map([['', { path: '', anchors: new Set<string>() }]]);
  for (const file of files.filter((name) => name.endsWith('.mdx'))) {
    const path = pagePathOf(file);
    const tree = parseMdx(readFileSync(join(contentDir, file), 'utf8'));
    pages.set(path, { path, anchors: anchorsOf(tree, glossaries.get(guideOfFile(file))) });
  }
  return { pages, glossaries, synonyms };
}

const cache = new Map<string, ContentIndex>();

/** The index of `contentDir`, built on first use and kept until invalidateContentIndex(). */
export function getContentIndex(contentDir: string): ContentIndex {
  let index = cache.get(contentDir);
  if (!index) {
    index = buildIndex(contentDir, contentFiles(contentDir));
    cache.set(contentDir, index);
  }
  return index;
}

/** Forgets every index, so the next getContentIndex() reads the content folder again (dev server watcher). */
export function invalidateContentIndex(): void {
  cache.clear();
}

/** Where a content file sits relative to the content folder, or undefined when it is outside it. */
export function relativeContentFile(contentDir: string, file: string | undefined): string | undefined {
  if (!file) return undefined;
  const rel = relative(contentDir, file);
  return rel.startsWith('..') ? undefined : rel;
}

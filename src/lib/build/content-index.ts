/**
 * A build-time index of the content folder: every page's URL, every guide's glossary terms and every page's old
 * URLs (`aliases` in its frontmatter). It holds only what the source alone knows: the cross-reference and
 * glossary-term plugins check a link's page and a <Term>'s id against it while each MDX file compiles, so an error
 * can name the file and the line. Whether a #fragment exists is decided on the built HTML (scripts/links/), where
 * the ids are the ones the site really has. It is built once per build, on first use (one read of every
 * content file); in `astro dev` the content-index integration drops it whenever a content file changes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parse as parseYaml } from 'yaml';

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
  /** Site paths of the content pages, without the base, with a trailing slash ("" for the home page). */
  pages: Set<string>;
  /** Glossary term ids and definitions, by guide folder. */
  glossaries: Map<string, Map<string, string>>;
  /** Search synonyms, by guide folder. */
  synonyms: Map<string, SearchSynonym[]>;
  /** Old page paths (from frontmatter `aliases`) → the path of the page that replaced them. */
  aliases: Map<string, string>;
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

function contentFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(mdx|ya?ml)$/.test(file))
    .sort();
}

/** The frontmatter `aliases` of an MDX file: the page's old paths, as written ("streaming-sources/old-name"). */
function aliasesOf(source: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  const aliases = (frontmatter ? parseYaml(frontmatter) : undefined)?.aliases;
  return Array.isArray(aliases) ? aliases.map(String) : [];
}

/** "/streaming-sources/old-name" or "streaming-sources/old-name/" → "streaming-sources/old-name/". */
export const normalizePagePath = (path: string) => `${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/$/, '');

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
  const pages = new Set(['']);
  const aliases: ContentIndex['aliases'] = new Map();
  for (const file of files.filter((name) => name.endsWith('.mdx'))) {
    const path = pagePathOf(file);
    pages.add(path);
    for (const alias of aliasesOf(readFileSync(join(contentDir, file), 'utf8'))) {
      aliases.set(normalizePagePath(alias), path);
    }
  }
  return { pages, glossaries, synonyms, aliases };
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

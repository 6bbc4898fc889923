/**
 * rehypeSearchAliases(): indexes each section with the other names readers search for its subject by, so "EFO"
 * finds the "Enhanced fan-out" section and "Kinesis Data Firehose" the "Amazon Data Firehose" one.
 *
 * The names come from the guide's `guide.yaml` (`synonyms`) and `glossary.yaml` (`aliases`). A heading whose id
 * contains a name's or an alias's slug is followed by the aliases its text lacks, in a `hidden` paragraph: search
 * indexes it with the heading's weight as the start of the section, and neither readers nor screen readers meet
 * it (`hidden` is display: none, so it is out of the accessibility tree too):
 *
 *   <h2 id="enhanced-fan-out">Enhanced fan-out</h2>
 *   → <h2 id="enhanced-fan-out">Enhanced fan-out</h2><p hidden data-pagefind-weight="6">EFO</p>
 *
 * (An indexed attribute on the heading would be simpler, but Pagefind weighs attribute text 1, like body text.)
 *
 * Runs after rehype-slug, which gives headings their ids. A guide.yaml name that no heading of its guide contains
 * fails the build naming the file (searchSynonymsCheck, at the end of the build), since its aliases would
 * otherwise be silently dropped.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import type { AstroIntegration } from 'astro';
import { toString } from 'hast-util-to-string';
import { slug } from 'github-slugger';
import { visit } from 'unist-util-visit';
import { getContentIndex, guideOfFile, relativeContentFile, type SearchSynonym } from '../lib/build/content-index.ts';

export interface SearchAliasOptions {
  /** The content folder, absolute or relative to the working directory. */
  contentDir: string;
}

/** Whether `id` contains `part` as whole hyphen-separated words ("kinesis-data-streams" in "amazon-kinesis-data-streams-kds"). */
export const idContains = (id: string, part: string) => part !== '' && `-${id}-`.includes(`-${part}-`);

const matches = (id: string, synonym: SearchSynonym) =>
  [synonym.name, ...synonym.aliases].some((name) => idContains(id, slug(name)));

/** The aliases of every synonym a heading matches, less those its text already says. */
export function aliasesFor(id: string, text: string, synonyms: SearchSynonym[]): string[] {
  const lower = text.toLowerCase();
  const aliases = synonyms.filter((synonym) => matches(id, synonym)).flatMap((synonym) => synonym.aliases);
  return [...new Set(aliases)].filter((alias) => !lower.includes(alias.toLowerCase()));
}

/** The guide.yaml synonyms some compiled heading matched, in this build (the index is built once per build). */
const matched = new WeakSet<SearchSynonym>();

/**
 * The build's last step for this plugin: a guide.yaml name that no heading of its guide matched fails the build,
 * naming the file. It runs after every page has compiled, because only then are all heading ids known (they come
 * from rehype-slug, so there is no second slugger to disagree with the HTML).
 */
export function searchSynonymsCheck({ contentDir }: SearchAliasOptions): AstroIntegration {
  return {
    name: 'search-synonyms-check',
    hooks: {
      'astro:build:done': () => {
        const missing = [...getContentIndex(contentDir).synonyms.values()]
          .flat()
          .filter((synonym) => synonym.mustMatch && !matched.has(synonym))
          .map((synonym) => `"${synonym.name}" (${synonym.file})`);
        if (missing.length > 0) {
          throw new Error(
            `Search synonyms that no heading of their guide contains: ${missing.join(', ')}. ` +
              'Spell the name as a heading does, or remove the entry.',
          );
        }
      },
    },
  };
}

export function rehypeSearchAliases({ contentDir }: SearchAliasOptions) {
  return () => (tree: Root, file: VFile) => {
    const relativeFile = relativeContentFile(contentDir, file.path);
    if (!relativeFile) return;
    const index = getContentIndex(contentDir);
    const guide = guideOfFile(relativeFile);
    const synonyms = index.synonyms.get(guide) ?? [];
    if (synonyms.length === 0) return;
    visit(tree, 'element', (node: Element, index, parent) => {
      const id = node.properties['id'];
      if (!/^h[1-6]$/.test(node.tagName) || typeof id !== 'string' || !parent || index === undefined) return;
      for (const synonym of synonyms) if (matches(id, synonym)) matched.add(synonym);
      const aliases = aliasesFor(id, toString(node), synonyms);
      if (aliases.length === 0) return;
      parent.children.splice(index + 1, 0, {
        type: 'element',
        tagName: 'p',
        // The heading's own weight (Pagefind's defaults: h1 7, h2 6 … h6 2), so "EFO" ranks like "Enhanced fan-out".
        properties: {
          hidden: true,
          className: ['search-aliases'],
          dataPagefindWeight: String(8 - Number(node.tagName.slice(1))),
        },
        children: [{ type: 'text', value: aliases.join(', ') }],
      });
    });
  };
}

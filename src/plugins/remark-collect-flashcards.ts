/**
 * On pages whose frontmatter says `cards: h2-sections`, turns each h2 section into a flashcard (front: the
 * heading; back: the section's text) so the flashcards page is generated from the guide, never retyped. The cards
 * land in the page's data (`flashcards`, see page-data.ts).
 *
 * A card links back to its section, so its id must be the one the heading is built with. That id is rehype-slug's
 * to make (over every heading on the page, after rehype-anchor-aliases has taken out any `<Anchor>`), so the work
 * is done in two passes over the same page: remarkCollectFlashcards reads the sections from the Markdown, and
 * rehypeFlashcardIds, placed after rehype-slug, copies each section heading's built id onto its card. They share
 * one file because neither does anything without the other.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { setPageData } from './page-data.ts';

export interface Flashcard {
  /** The section's heading id on its page. */
  id: string;
  front: string;
  /** The section's paragraphs as plain text, in order. */
  back: string[];
}

/** A card still waiting for its id, with where its heading starts in the page's source. */
interface Section extends Omit<Flashcard, 'id'> {
  at: string;
}

/** The sections each page's remark pass found, until its rehype pass gives them ids. */
const sections = new WeakMap<VFile, Section[]>();

/** A node's place in the source: a heading keeps it from Markdown to HTML, so it names the same heading in both. */
const where = (position: Element['position']) => position && `${position.start.line}:${position.start.column}`;

export function remarkCollectFlashcards() {
  return (tree: Root, file: VFile) => {
    // Astro parses the page's own frontmatter into file.data.astro before the plugins run.
    if (file.data.astro?.frontmatter?.['cards'] !== 'h2-sections') return;

    const found: Section[] = [];
    let current: Section | undefined;
    for (const node of tree.children as RootContent[]) {
      if (node.type === 'heading') {
        if ((node as Heading).depth !== 2) continue;
        const at = where(node.position);
        if (!at) throw new Error(`${file.path}: an h2 section has no source position, so its card can get no id.`);
        // Whitespace as the built heading has it: without the space that stood before an <Anchor>.
        current = { at, front: toString(node).replace(/\s+/g, ' ').trim(), back: [] };
        found.push(current);
        continue;
      }
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (current && text) current.back.push(text);
    }
    if (found.length === 0)
      throw new Error(`${file.path}: "cards: h2-sections" is set but the page has no h2 sections.`);
    sections.set(file, found);
  };
}

/** After rehype-slug: gives each card its heading's built id and hands the cards to the page. */
export function rehypeFlashcardIds() {
  return (tree: HastRoot, file: VFile) => {
    const found = sections.get(file);
    if (!found) return;
    const ids = new Map<string, string>();
    visit(tree, 'element', (node: Element) => {
      const at = where(node.position);
      if (node.tagName === 'h2' && at && typeof node.properties.id === 'string') ids.set(at, node.properties.id);
    });
    const cards = found.map(({ at, front, back }): Flashcard => {
      const id = ids.get(at);
      if (!id) {
        throw new Error(
          `${file.path}: the h2 "${front}" has no id to give its flashcard; rehypeFlashcardIds must come after ` +
            'rehypeSlug in astro.config.mjs.',
        );
      }
      return { id, front, back };
    });
    setPageData(file, 'flashcards', cards);
  };
}

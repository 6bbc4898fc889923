/**
 * On pages whose frontmatter says `cards: h2-sections`, turns each h2 section into a flashcard (front: the
 * heading; back: the section's text) so the flashcards page is generated from the guide, never retyped. The card
 * keeps the heading's id — computed exactly as rehype-slug does, over every heading in order — so a card can link
 * back to its section. The cards land in the page's data (`flashcards`, see page-data.ts).
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { setPageData } from './page-data.ts';

export interface Flashcard {
  /** The section's heading id on its page. */
  id: string;
  front: string;
  /** The section's paragraphs as plain text, in order. */
  back: string[];
}

export function remarkCollectFlashcards() {
  return (tree: Root, file: VFile) => {
    // Astro parses the page's own frontmatter into file.data.astro before the plugins run.
    if (file.data.astro?.frontmatter?.['cards'] !== 'h2-sections') return;

    const slugger = new GithubSlugger();
    const cards: Flashcard[] = [];
    let current: Flashcard | undefined;
    for (const node of tree.children as RootContent[]) {
      if (node.type === 'heading') {
        const id = slugger.slug(toString(node as Heading));
        current = (node as Heading).depth === 2 ? { id, front: toString(node), back: [] } : current;
        if ((node as Heading).depth === 2) cards.push(current!);
        continue;
      }
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (current && text) current.back.push(text);
    }
    if (cards.length === 0)
      throw new Error(`${file.path}: "cards: h2-sections" is set but the page has no h2 sections.`);
    setPageData(file, 'flashcards', cards);
  };
}

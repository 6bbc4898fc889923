/**
 * A flashcard links to its section, so its id must be the id the page's heading is built with: compiled here with
 * the site's heading plugins in the site's order, the card ids are compared with the built headings' ids.
 */
import { compile } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeAnchorAliases } from './rehype-anchor-aliases.ts';
import { rehypeFlashcardIds, remarkCollectFlashcards } from './remark-collect-flashcards.ts';

/** Compiles `mdx` as a `cards: h2-sections` page; returns its cards and the ids its h2 headings were built with. */
async function cardsOf(mdx: string) {
  const file = new VFile({ path: 'g/cards.mdx', value: mdx });
  file.data.astro = { frontmatter: { cards: 'h2-sections' } };
  const headingIds: string[] = [];
  const readHeadingIds = () => (tree: Root) =>
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2') headingIds.push(String(node.properties.id));
    });
  await compile(file, {
    remarkPlugins: [remarkCollectFlashcards],
    rehypePlugins: [rehypeAnchorAliases, rehypeSlug, rehypeFlashcardIds, readHeadingIds],
  });
  return { cards: file.data.pageData?.flashcards ?? [], headingIds };
}

describe('remarkCollectFlashcards with rehypeFlashcardIds', () => {
  it("gives each card its heading's built id: with an <Anchor>, inline code and emphasis", async () => {
    const { cards, headingIds } = await cardsOf(
      [
        '## Reading with enhanced fan-out <Anchor id="enhanced-fan-out" />',
        '',
        'Dedicated throughput.',
        '',
        '## The `TRIM_HORIZON` *iterator*',
        '',
        'The oldest record.',
      ].join('\n'),
    );
    expect(cards.map((card) => card.id)).toEqual(headingIds);
    expect(cards).toEqual([
      { id: 'reading-with-enhanced-fan-out', front: 'Reading with enhanced fan-out', back: ['Dedicated throughput.'] },
      { id: 'the-trim_horizon-iterator', front: 'The TRIM_HORIZON iterator', back: ['The oldest record.'] },
    ]);
  });

  it('counts every heading on the page, not only the sections, as rehype-slug does', async () => {
    const { cards, headingIds } = await cardsOf(
      ['<div>', '## Shards', '</div>', '', '## Shards', '', 'The unit of capacity.', '', '### Shards', ''].join('\n'),
    );
    // The h2 inside the <div> is not a section of its own, but it takes "shards" first.
    expect(headingIds).toEqual(['shards', 'shards-1']);
    expect(cards).toEqual([{ id: 'shards-1', front: 'Shards', back: ['The unit of capacity.'] }]);
  });

  it('fails, naming the fix, when rehypeFlashcardIds runs before rehype-slug', async () => {
    const file = new VFile({ path: 'g/cards.mdx', value: '## A section\n\nText.' });
    file.data.astro = { frontmatter: { cards: 'h2-sections' } };
    await expect(
      compile(file, { remarkPlugins: [remarkCollectFlashcards], rehypePlugins: [rehypeFlashcardIds, rehypeSlug] }),
    ).rejects.toThrow('g/cards.mdx: the h2 "A section" has no id to give its flashcard');
  });
});

/**
 * rehype plugin: numbers a page's figures in reading order. Every <figure class="figure"> (TikZ, Mermaid or hand
 * written) gets the id "figure-N", so it can be linked to, and its caption starts with "Figure N: ".
 * Numbering here rather than in each figure plugin keeps one sequence across all kinds of figure.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isFigure = (node: Element) =>
  node.tagName === 'figure' && ([] as unknown[]).concat(node.properties['className'] ?? []).includes('figure');

export function rehypeFigureNumbers() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node) => {
      if (!isFigure(node)) return;
      count += 1;
      node.properties['id'] ??= `figure-${count}`;
      const caption = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
      );
      caption?.children.unshift(
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['figure-number'] },
          children: [{ type: 'text', value: `Figure ${count}:` }],
        },
        { type: 'text', value: ' ' },
      );
    });
  };
}

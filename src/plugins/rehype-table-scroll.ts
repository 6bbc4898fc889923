/**
 * rehype plugin: puts every <table> in its own scroll box, so a table wider than a phone scrolls sideways inside
 * the article instead of being cut off or widening the page.
 *
 *   <table>…</table>
 *   →  <section class="table-scroll" tabindex="0" aria-label="Table: Feature, Kinesis, MSK"><table>…</table></section>
 *
 * The box is focusable so keyboard users can scroll it (axe: scrollable-region-focusable), and a named region (a
 * labelled <section>) so a screen reader says what the focus landed on: the table's caption, or else its column headings. The edge shadows
 * that show there is more to scroll are drawn by CSS (`.table-scroll` in global.css).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const childElements = (node: Element, tagName: string) =>
  node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tagName);

/** The caption's text, or the first row's header cells ("Table: A, B, C"), or just "Table". */
export function tableLabel(table: Element): string {
  const caption = childElements(table, 'caption')[0];
  if (caption) return toString(caption).trim();
  const firstRow = [table, ...childElements(table, 'thead'), ...childElements(table, 'tbody')]
    .flatMap((section) => childElements(section, 'tr'))
    .at(0);
  const headings = firstRow ? childElements(firstRow, 'th').map((cell) => toString(cell).trim()) : [];
  const named = headings.filter(Boolean);
  return named.length > 0 ? `Table: ${named.join(', ')}` : 'Table';
}

export function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      const alreadyWrapped =
        parent.type === 'element' && ([] as unknown[]).concat(parent.properties['className']).includes('table-scroll');
      if (alreadyWrapped) return SKIP;
      const box: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableLabel(node) },
        children: [node],
      };
      (parent.children as ElementContent[])[index] = box;
      return SKIP;
    });
  };
}

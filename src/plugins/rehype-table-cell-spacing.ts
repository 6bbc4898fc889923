/**
 * rehypeTableCellSpacing(): ends every table cell with a space, so text extracted from a table keeps its cells
 * apart. Without it, Pagefind reads `<th>Concept</th><th>Kinesis Data Streams</th>` as "ConceptKinesis Data
 * Streams": the words run together in search excerpts and cannot be found on their own. A trailing space in a
 * cell renders as nothing.
 *
 *   <td>Scalability</td> → <td>Scalability </td>
 *
 * The space goes inside the cell because the MDX compiler drops whitespace between table elements.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeTableCellSpacing() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'td' || node.tagName === 'th') node.children.push({ type: 'text', value: ' ' });
    });
  };
}

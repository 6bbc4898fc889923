import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { rehypeTableCellSpacing } from './rehype-table-cell-spacing';

describe('rehypeTableCellSpacing', () => {
  it('keeps the text of neighbouring cells apart', () => {
    const tree = fromHtml(
      '<table><tr><th>Concept</th><th>Kinesis</th></tr><tr><td>a</td><td><b>b</b></td></tr></table>',
      {
        fragment: true,
      },
    );
    rehypeTableCellSpacing()(tree);
    expect(toString(tree).trim().split(/\s+/)).toEqual(['Concept', 'Kinesis', 'a', 'b']);
  });
});

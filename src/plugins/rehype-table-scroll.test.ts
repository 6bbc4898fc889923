import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { rehypeTableScroll } from './rehype-table-scroll.ts';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeTableScroll()(tree);
  return toHtml(tree);
};

describe('rehypeTableScroll', () => {
  test('wraps a table in a focusable region named by its column headings', () => {
    expect(run('<table><thead><tr><th>Feature</th><th>Kinesis</th><th>MSK</th></tr></thead></table>')).toBe(
      '<section class="table-scroll" tabindex="0" aria-label="Table: Feature, Kinesis, MSK">' +
        '<table><thead><tr><th>Feature</th><th>Kinesis</th><th>MSK</th></tr></thead></table></section>',
    );
  });

  test('prefers the caption, and falls back to "Table" when there is nothing to name it by', () => {
    expect(run('<table><caption>Limits per shard</caption><tr><th>A</th></tr></table>')).toContain(
      'aria-label="Limits per shard"',
    );
    expect(run('<table><tbody><tr><td>1</td></tr></tbody></table>')).toContain('aria-label="Table"');
  });

  test('wraps every table once, even when run twice', () => {
    const once = run('<p>a</p><table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>');
    expect(once.match(/class="table-scroll"/g)).toHaveLength(2);
    const tree = fromHtml(once, { fragment: true }) as Root;
    rehypeTableScroll()(tree);
    expect(toHtml(tree)).toBe(once);
  });
});

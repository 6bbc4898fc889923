import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypePageAssets } from './rehype-page-assets.ts';

/** The `pageAssets` the plugin records for a page with this HTML. */
function assetsOf(html: string): unknown {
  const file = { data: { astro: { frontmatter: { title: 'A page' } } } } as unknown as VFile;
  rehypePageAssets()(fromHtml(html, { fragment: true }) as Root, file);
  const { frontmatter } = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro;
  expect(frontmatter['title']).toBe('A page');
  return frontmatter['pageAssets'];
}

describe('rehypePageAssets', () => {
  test('a page with no math or figures asks for nothing', () => {
    expect(assetsOf('<p>Plain <code>text</code></p><pre><code>mermaid</code></pre>')).toEqual([]);
  });

  test('asks for exactly the assets its markup needs', () => {
    expect(assetsOf('<span class="katex">x</span>')).toEqual(['katex']);
    expect(assetsOf('<figure class="figure"><svg class="tikz"></svg></figure>')).toEqual(['tikz']);
    expect(assetsOf('<pre class="mermaid">flowchart LR</pre><span class="katex"></span>')).toEqual([
      'katex',
      'mermaid',
    ]);
  });
});

import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypePageAssets } from './rehype-page-assets.ts';
import { pageDataOf, rehypeExportPageData } from './page-data.ts';

/** The `pageAssets` a page with this HTML hands to its route, through the page data. */
function assetsOf(html: string): unknown {
  const file = new VFile({ data: { astro: { frontmatter: { title: 'A page' } } } });
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypePageAssets()(tree, file);
  rehypeExportPageData()(tree, file);
  const frontmatter = file.data.astro?.frontmatter ?? {};
  expect(frontmatter['title']).toBe('A page');
  return pageDataOf(frontmatter).pageAssets;
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

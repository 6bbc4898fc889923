/**
 * rehype plugin: records which optional assets a page needs, judged from its rendered markup, in the page's data
 * as `pageAssets` (e.g. ["katex", "tikz"]; see page-data.ts). The page route reads it and links only those
 * stylesheets and scripts, so a page without math or figures ships none of their CSS, fonts or JS.
 * To add a kind of asset, add a detector here and a case in src/components/PageAssets.astro.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { setPageData } from './page-data.ts';

/** The assets a page can ask for. */
export type PageAsset = 'katex' | 'tikz' | 'mermaid';

const classesOf = (node: Element) => ([] as unknown[]).concat(node.properties['className'] ?? []);

/** Which markup needs which asset. */
const detectors: Record<PageAsset, (node: Element) => boolean> = {
  // KaTeX's stylesheet and fonts lay out the .katex markup that rehype-katex produced.
  katex: (node) => classesOf(node).includes('katex'),
  // The Computer Modern fonts that TikZ labels are set in.
  tikz: (node) => node.tagName === 'svg' && classesOf(node).includes('tikz'),
  // Mermaid draws <pre class="mermaid"> in the browser.
  mermaid: (node) => node.tagName === 'pre' && classesOf(node).includes('mermaid'),
};

export function rehypePageAssets() {
  return (tree: Root, file: VFile) => {
    const needed = new Set<PageAsset>();
    visit(tree, 'element', (node) => {
      for (const [asset, detect] of Object.entries(detectors)) if (detect(node)) needed.add(asset as PageAsset);
    });
    setPageData(file, 'pageAssets', [...needed].sort());
  };
}

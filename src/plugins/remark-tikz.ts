/**
 * remark plugin: a ```tikz fence becomes an inline SVG figure at build time, so no TikZ code reaches the browser.
 *
 *   ```tikz caption="Kinesis shard structure" alt="Producers put records into three shards…"
 *   \begin{tikzpicture} … \end{tikzpicture}
 *   ```
 *
 * becomes <figure class="figure tikz-figure"><svg role="img" aria-label="{alt}">…</svg><figcaption>{caption}
 * </figcaption></figure>. The SVG scales to the column, draws and writes in the current text colour (so it follows
 * the theme), and keeps its labels as text in Computer Modern (served by the figure-assets integration).
 * A TeX error, or a missing caption or alt, fails the build naming the MDX file and line.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fenceLocation, parseFenceMeta } from './fence-meta.ts';
import { renderTikz, TikzError } from './tikz-renderer.ts';

export interface RemarkTikzOptions {
  /** Where rendered SVGs are cached between builds; defaults to node_modules/.cache/tikz. */
  cacheDir?: string;
}

/** TeX sizes text at 10pt = 13.3 CSS px; letting the figure grow a quarter past that matches the body text. */
const MAX_SCALE = 1.25;
/** Colours TeX uses for "the default colour": drawn as the page's text colour instead. */
const DEFAULT_COLOURS = new Set(['#000', '#000000', 'black']);

export function remarkTikz(options: RemarkTikzOptions = {}) {
  return async (tree: Root, file: VFile) => {
    const fences: Code[] = [];
    visit(tree, 'code', (node) => {
      if (node.lang === 'tikz') fences.push(node);
    });
    // One at a time anyway (the renderer queues), and in order, so errors come out in reading order.
    for (const fence of fences) await replaceWithFigure(fence, file, options);
  };
}

async function replaceWithFigure(fence: Code, file: VFile, options: RemarkTikzOptions): Promise<void> {
  const line = fence.position?.start.line;
  const { caption, alt } = parseFenceMeta(fence.meta);
  if (!caption || !alt) {
    throw new Error(
      `${fenceLocation(file.path, line)}: a \`\`\`tikz fence needs caption="…" and alt="…" (what the figure shows, for screen readers).`,
    );
  }
  let svg: string;
  try {
    ({ svg } = await renderTikz(fence.value, options.cacheDir));
  } catch (error) {
    if (!(error instanceof TikzError)) {
      throw new Error(`${fenceLocation(file.path, line)}: rendering the \`\`\`tikz figure failed: ${String(error)}`, {
        cause: error,
      });
    }
    const at = line !== undefined && error.line !== undefined ? line + error.line : line;
    throw new Error(
      `${fenceLocation(file.path, at)}: the \`\`\`tikz figure starting at line ${line} does not compile. TeX says:\n${error.message}`,
      { cause: error },
    );
  }
  const figure: ElementContent[] = [
    accessibleSvg(svg, alt),
    { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] },
  ];
  // The fence turns into a <figure> in place; mdast-util-to-hast builds it from hName/hChildren.
  Object.assign(fence, {
    type: 'tikzFigure',
    data: { hName: 'figure', hProperties: { className: ['figure', 'tikz-figure'] }, hChildren: figure },
  });
}

/** The rendered SVG, made responsive, theme-coloured and labelled. */
function accessibleSvg(svgSource: string, alt: string): Element {
  const tree: HastRoot = fromHtml(svgSource, { fragment: true, space: 'svg' });
  const svg = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) throw new Error('node-tikzjax returned no <svg> element');
  const width = Number(svg.properties['width']);
  visit(svg, 'element', (node) => {
    for (const name of ['stroke', 'fill'] as const) {
      if (DEFAULT_COLOURS.has(String(node.properties[name]))) node.properties[name] = 'currentColor';
    }
  });
  // A width and no height: the viewBox keeps the proportions, and CSS (max-width: 100%) shrinks it to a narrow column.
  delete svg.properties['height'];
  Object.assign(svg.properties, {
    width: Math.round(width * MAX_SCALE),
    className: ['tikz'],
    role: 'img',
    ariaLabel: alt,
    fill: 'currentColor',
  });
  return svg;
}

/**
 * remark plugin: puts each ```mermaid fence in a numbered <figure> with a caption, and follows it with the diagram
 * as text (a <details> listing every flow), so readers who prefer text, or cannot see the drawing, get the same facts.
 *
 *   ```mermaid caption="High-level streaming architecture" alt="Producers and CDC sources feed …"
 *   flowchart LR
 *     …
 *   ```
 *
 * - A flowchart is drawn when the site is built (src/plugins/mermaid-renderer.ts) and inlined as an SVG: no diagram
 *   script ships, and readers without JavaScript or on paper see the drawing. Its colours and font come from the
 *   page's CSS (global.css, "Diagrams"), so it follows the theme without being drawn again.
 * - Any other diagram type is left as a fence for astro-mermaid, which runs after this plugin and turns it into the
 *   <pre class="mermaid"> that its browser script draws; its text version is its source.
 *
 * - A flowchart may come with a second drawing for narrow screens: a ```mermaid fence marked `narrow`, right after
 *   it. It redraws the same figure taller (e.g. `flowchart TB`, two nodes a row, invisible `~~~` links to stack them,
 *   shorter lines), so that a phone shows every label at 12 px or more without scrolling:
 *
 *     ```mermaid caption="…" alt="…"
 *     flowchart LR
 *       …
 *     ```
 *
 *     ```mermaid narrow
 *     flowchart TB
 *       …
 *     ```
 *
 *   It is the same figure: one number, caption, alt, anchor and text version (from the wide drawing), so it takes no
 *   caption or alt of its own. Both drawings are inlined and CSS shows one (global.css, "Diagrams"): the narrow one
 *   on a screen below 64rem, where a diagram keeps 12 px labels and would otherwise scroll; the wide one on a wider
 *   screen and on paper. The hidden one is display: none, so assistive technology meets the figure once. Its flows
 *   must be exactly the wide drawing's (edge order aside), or the build fails naming both fences, so the two can
 *   never tell different stories.
 *
 * A missing caption or alt, a line the flow reader does not understand, a diagram Mermaid rejects, or a narrow
 * drawing that is out of place or disagrees with its figure fails the build naming the file and line.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fenceLocation, hasFenceFlag, parseFenceMeta } from './fence-meta.ts';
import { describeFlows, flowDifferences, flowsOf, type Flow } from './mermaid-flows.ts';
import { DEFAULT_RENDER_DIR, FONT_SIZE, MermaidError, renderMermaid } from './mermaid-renderer.ts';

export interface RemarkMermaidFigureOptions {
  /** Where the committed drawings live; defaults to src/plugins/mermaid-renders/. */
  renderDir?: string;
}

/** Labels never render below this many CSS px: below it, the diagram scrolls sideways instead of shrinking. */
export const MIN_LABEL_PX = 12;
/** The narrowest column a diagram must fit without scrolling (a 390 px phone less the page's padding). */
const PHONE_COLUMN_PX = 358;
/** How far a group's label sits in from the group's left edge, in SVG units. */
const GROUP_LABEL_INSET = 8;

const classesOf = (node: Element) => ([] as unknown[]).concat(node.properties['className'] ?? []);
const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** Flowcharts are drawn at build time; the flow reader and the stylesheet understand them. */
const isFlowchart = (chart: string) =>
  /^(?:flowchart|graph)\b/.test(
    chart
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line && !line.startsWith('%%')) ?? '',
  );

export function remarkMermaidFigure(options: RemarkMermaidFigureOptions = {}) {
  return async (tree: Root, file: VFile) => {
    const figures: { fence: Code; narrow?: Code; index: number; parent: { children: unknown[] } }[] = [];
    visit(tree, 'code', (fence, index, parent) => {
      if (fence.lang !== 'mermaid' || !parent || index === undefined) return;
      if (!hasFenceFlag(fence.meta, 'narrow')) {
        figures.push({ fence, index, parent });
        return;
      }
      const where = fenceLocation(file.path, fence.position?.start.line);
      const figure = figures.at(-1);
      if (!figure || figure.parent !== parent || figure.index !== index - 1 || figure.narrow) {
        throw new Error(
          `${where}: a \`\`\`mermaid narrow fence redraws the figure right before it, so it must directly follow ` +
            'a ```mermaid fence (with nothing between them, and one narrow drawing per figure).',
        );
      }
      if (parseFenceMeta(fence.meta)['caption'] || parseFenceMeta(fence.meta)['alt']) {
        throw new Error(
          `${where}: a \`\`\`mermaid narrow fence takes its caption and alt from the figure before it; remove its own.`,
        );
      }
      figure.narrow = fence;
    });
    // Last first, so replacing fences with two nodes leaves the earlier indexes valid.
    for (const [n, { fence, narrow, index, parent }] of [...figures.entries()].reverse()) {
      const nodes = await figureFor(fence, narrow, n + 1, file, options.renderDir ?? DEFAULT_RENDER_DIR);
      parent.children.splice(index, narrow ? 2 : 1, ...nodes);
    }
  };
}

async function figureFor(
  fence: Code,
  narrow: Code | undefined,
  n: number,
  file: VFile,
  renderDir: string,
): Promise<unknown[]> {
  const line = fence.position?.start.line;
  const where = fenceLocation(file.path, line);
  const { caption, alt } = parseFenceMeta(fence.meta);
  if (!caption || !alt) {
    throw new Error(`${where}: a \`\`\`mermaid fence needs caption="…" and alt="…" (what the diagram shows).`);
  }
  const flowchart = isFlowchart(fence.value);
  const narrowWhere = fenceLocation(file.path, narrow?.position?.start.line);
  if (narrow && !(flowchart && isFlowchart(narrow.value))) {
    throw new Error(
      `${narrowWhere}: only a flowchart can have a narrow drawing, and it must be a flowchart too (the figure is at line ${line}).`,
    );
  }
  // Drawn first: for a broken diagram, Mermaid's own message is the one to read.
  let drawings: ElementContent[];
  let scrolls = false;
  if (flowchart) {
    const wide = themedSvg(await draw(fence, file, renderDir), alt);
    const small = narrow ? themedSvg(await draw(narrow, file, renderDir), alt) : undefined;
    // The drawing a phone shows decides whether the figure says it scrolls there.
    scrolls = (small ?? wide).minWidth > PHONE_COLUMN_PX;
    if (small) {
      wide.svg.properties['className'] = ['diagram', 'diagram-wide'];
      small.svg.properties['className'] = ['diagram', 'diagram-narrow'];
    }
    drawings = small ? [wide.svg, small.svg] : [wide.svg];
  } else {
    // Left for astro-mermaid (it turns this into <pre class="mermaid">); the caption and alt name its drawing.
    drawings = [{ type: 'code', lang: 'mermaid', value: withAccessibleName(fence.value, caption, alt) } as never];
  }

  const textId = `diagram-text-${n}`;
  let textVersion: ElementContent;
  if (flowchart) {
    const flows = flowsIn(fence, where);
    if (narrow) {
      const { missing, extra } = flowDifferences(flows, flowsIn(narrow, narrowWhere));
      if (missing.length || extra.length) {
        throw new Error(
          `${narrowWhere}: this narrow drawing must show the same flows as the figure it redraws (line ${line}).` +
            (missing.length ? `\n  Missing from it: ${missing.join('; ')}` : '') +
            (extra.length ? `\n  Only in it: ${extra.join('; ')}` : ''),
        );
      }
    }
    textVersion = element(
      'ul',
      {},
      describeFlows(flows).map((flow) => element('li', {}, [text(flow)])),
    );
  } else {
    textVersion = element('pre', {}, [element('code', {}, [text(fence.value)])]);
  }

  // The figure is described by its text version, so it has a text alternative whether or not it is drawn.
  const figure = {
    type: 'mermaidFigure',
    data: { hName: 'figure', hProperties: { className: ['figure', 'mermaid-figure'], ariaDescribedBy: [textId] } },
    children: [
      ...(scrolls
        ? [
            {
              type: 'diagramHint',
              data: {
                hName: 'p',
                hProperties: { className: ['diagram-hint'], ariaHidden: 'true' },
                hChildren: [text('Wider than your screen: scroll the diagram sideways ⟷')],
              },
              children: [],
            },
          ]
        : []),
      {
        type: 'mermaidDiagram',
        // On a phone a wide diagram scrolls sideways inside this box rather than shrinking below readable, so the
        // box takes keyboard focus (it holds nothing focusable itself) and says that it scrolls.
        data: {
          hName: 'section',
          hProperties: {
            className: ['diagram-scroll'],
            dataPagefindIgnore: 'all',
            tabIndex: 0,
            ariaLabel: `Diagram: ${caption}${scrolls ? ' (scrolls sideways on a narrow screen)' : ''}`,
          },
          ...(flowchart ? { hChildren: drawings } : {}),
        },
        children: flowchart ? [] : drawings,
      },
      { type: 'figcaptionNode', data: { hName: 'figcaption', hChildren: [text(caption)] }, children: [] },
    ],
  };
  const asText = {
    type: 'figureText',
    data: {
      hName: 'details',
      hProperties: { className: ['figure-text'], id: textId },
      hChildren: [
        element('summary', {}, [text(`${flowchart ? 'The diagram as text' : 'The diagram’s source'}: ${caption}`)]),
        textVersion,
      ],
    },
    children: [],
  };
  return [figure, asText];
}

/** A flowchart fence's drawing (committed, or drawn now); a diagram Mermaid rejects fails at its own line. */
async function draw(fence: Code, file: VFile, renderDir: string): Promise<string> {
  const line = fence.position?.start.line;
  try {
    return (await renderMermaid(fence.value, renderDir)).svg;
  } catch (error) {
    if (!(error instanceof MermaidError)) {
      throw new Error(
        `${fenceLocation(file.path, line)}: drawing the \`\`\`mermaid diagram failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    // Line 1 of the diagram is the line after the fence's opening line.
    const at = line !== undefined && error.line !== undefined ? line + error.line : line;
    throw new Error(
      `${fenceLocation(file.path, at)}: the \`\`\`mermaid diagram starting at line ${line} does not draw. Mermaid says:\n${error.message}`,
      { cause: error },
    );
  }
}

/** A flowchart fence's flows; a line the flow reader does not understand fails, naming the fence. */
function flowsIn(fence: Code, where: string): Flow[] {
  try {
    return flowsOf(fence.value);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Mermaid's SVG, made to take its colours and font from the page: its own <style> (fixed colours, scoped by id),
 * the paths of invisible links, the edges' data-points and its size cap go; the page's stylesheet styles it by class
 * instead. It keeps its natural size as the largest it grows to, and never shrinks below the size at which labels
 * are MIN_LABEL_PX (it scrolls sideways instead).
 */
function themedSvg(source: string, alt: string): { svg: Element; minWidth: number } {
  const tree: HastRoot = fromHtml(source, { fragment: true, space: 'svg' });
  const svg = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) throw new Error('Mermaid returned no <svg> element');
  visit(svg, 'element', (node, index, parent) => {
    // An invisible link (~~~) only placed nodes: its path, which Mermaid's stylesheet hid, goes with that sheet.
    const invisible = node.tagName === 'path' && classesOf(node).includes('edge-thickness-invisible');
    // Each edge's points again, base64-encoded for Mermaid's own scripts: a fifth of a drawing's gzipped bytes.
    delete node.properties['dataPoints'];
    if ((node.tagName === 'style' || invisible) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  placeGroupLabels(svg);
  const [, , width = 0] = String(svg.properties['viewBox']).split(/\s+/).map(Number);
  const minWidth = Math.ceil((width * MIN_LABEL_PX) / FONT_SIZE);
  for (const name of ['style', 'width', 'height', 'ariaRoleDescription', 'ariaRoledescription'])
    delete svg.properties[name];
  Object.assign(svg.properties, {
    className: ['diagram'],
    width: Math.ceil(width),
    role: 'img',
    ariaLabel: alt,
    style: `--diagram-min-width: ${minWidth}px`,
  });
  return { svg, minWidth };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const TRANSLATE = /translate\(\s*(-?[\d.]+)[ ,]+(-?[\d.]+)\s*\)/;
const numbersIn = (value: unknown) =>
  String(value ?? '')
    .match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)
    ?.map(Number) ?? [];

/**
 * Mermaid centres a group's label on the group's top edge, right where arrows into the group arrive. Each label moves
 * to the first of these spots that no arrow passes through and no box covers: the top-left corner, the top-right
 * corner, the bottom-left and bottom-right corners, then any stretch of the top edge from the left; with none clear,
 * to the least crossed top spot. Labels are then drawn last, over the arrows, with a halo in the group's colour
 * (global.css), so a line that must pass stops short of the words instead of crossing them.
 */
function placeGroupLabels(svg: Element): void {
  // Arrows, as the points of their paths (paths stop an arrowhead short of their end, so the arrowhead's length is
  // added around every label box below).
  const points: [number, number][] = [];
  const nodes: Box[] = [];
  visit(svg, 'element', (node) => {
    if (node.tagName === 'path' && classesOf(node).includes('flowchart-link')) {
      const numbers = numbersIn(node.properties['d']);
      for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
    }
    if (node.tagName === 'g' && classesOf(node).includes('node')) {
      const [, dx = '0', dy = '0'] = TRANSLATE.exec(String(node.properties['transform'])) ?? [];
      const shape = findElement(node, (child) => classesOf(child).includes('label-container'));
      const coordinates =
        shape?.tagName === 'rect'
          ? (['x', 'y', 'width', 'height'] as const).map((name) => Number(shape.properties[name]))
          : undefined;
      const pairs: [number, number][] = coordinates
        ? [
            [coordinates[0]!, coordinates[1]!],
            [coordinates[0]! + coordinates[2]!, coordinates[1]! + coordinates[3]!],
          ]
        : [];
      if (shape && !coordinates) {
        const numbers = numbersIn(shape.properties['d']);
        for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
      }
      if (!pairs.length) return;
      const xs = pairs.map(([px]) => px + Number(dx));
      const ys = pairs.map(([, py]) => py + Number(dy));
      nodes.push({ left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) });
    }
  });
  const labels: { label: Element; from: Element }[] = [];
  visit(svg, 'element', (node) => {
    if (!classesOf(node).includes('cluster')) return;
    const children = node.children.filter((child): child is Element => child.type === 'element');
    const frame = children.find((child) => child.tagName === 'rect');
    const label = children.find((child) => classesOf(child).includes('cluster-label'));
    const at = TRANSLATE.exec(String(label?.properties['transform']));
    if (!frame || !label || !at) return;
    const [x, y, w, h] = (['x', 'y', 'width', 'height'] as const).map((name) => Number(frame.properties[name])) as [
      number,
      number,
      number,
      number,
    ];
    // Mermaid centred the label, so its width is what is left of the group's width on both sides of it.
    const labelWidth = w - 2 * (Number(at[1]) - x);
    const labelHeight = 1.6 * FONT_SIZE;
    const first = x + GROUP_LABEL_INSET;
    const last = x + w - GROUP_LABEL_INSET - labelWidth;
    const top = y;
    const bottom = y + h - labelHeight;
    const spots: [number, number][] = [
      [first, top],
      [last, top],
      [first, bottom],
      [last, bottom],
    ];
    for (let left = first; left <= last; left += 4) spots.push([left, top]);
    const scored = spots.map(([left, labelTop], order) => {
      const box = { left, top: labelTop, right: left + labelWidth, bottom: labelTop + labelHeight };
      const crossings = points.filter(
        ([px, py]) => px >= box.left - 6 && px <= box.right + 6 && py >= box.top - 12 && py <= box.bottom + 12,
      ).length;
      return { left, labelTop, order, crossings, covered: nodes.some((other) => overlaps(box, other)) };
    });
    const [best] = scored
      .filter((spot) => !spot.covered && (spot.crossings === 0 || spot.labelTop === top))
      .sort((a, b) => a.crossings - b.crossings || a.order - b.order);
    label.properties['transform'] = `translate(${best?.left ?? first}, ${best?.labelTop ?? top})`;
    labels.push({ label, from: node });
  });
  // Clusters carry no transform, so a label keeps its place when it moves to the end of the drawing's root group.
  const root = findElement(svg, (node) => classesOf(node).includes('root'));
  for (const { label, from } of labels) {
    from.children.splice(from.children.indexOf(label), 1);
    root?.children.push(label);
  }
}

function findElement(tree: Element, test: (node: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (found || !test(node)) return;
    found = node;
  });
  return found;
}

/** Mermaid (in the browser) reads accTitle/accDescr from the line after the diagram type. */
function withAccessibleName(chart: string, title: string, description: string): string {
  const [first = '', ...rest] = chart.split('\n');
  const oneLine = (value: string) => value.replace(/\s+/g, ' ');
  return [first, `  accTitle: ${oneLine(title)}`, `  accDescr: ${oneLine(description)}`, ...rest].join('\n');
}

/**
 * remark plugin: puts each ```mermaid fence in a numbered <figure> with a caption, and follows it with the diagram
 * as text (a <details> listing every flow), so readers without JavaScript, or who prefer text, get the same facts.
 *
 *   ```mermaid caption="High-level streaming architecture" alt="Producers and CDC sources feed …"
 *
 * The caption and alt also become the diagram's accTitle and accDescr, which Mermaid turns into the SVG's
 * accessible name and description. The fence itself is left for astro-mermaid, which runs after this plugin and
 * turns it into the <pre class="mermaid"> that its browser script draws.
 * A missing caption or alt, or a line the flow reader does not understand, fails the build naming file and line.
 */
import type { ElementContent } from 'hast';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fenceLocation, parseFenceMeta } from './fence-meta.ts';
import { describeFlows, flowsOf } from './mermaid-flows.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });

export function remarkMermaidFigure() {
  return (tree: Root, file: VFile) => {
    let diagrams = 0;
    visit(tree, 'code', (fence, index, parent) => {
      if (fence.lang !== 'mermaid' || !parent || index === undefined) return;
      const where = fenceLocation(file.path, fence.position?.start.line);
      const { caption, alt } = parseFenceMeta(fence.meta);
      if (!caption || !alt) {
        throw new Error(`${where}: a \`\`\`mermaid fence needs caption="…" and alt="…" (what the diagram shows).`);
      }
      let flows: string[];
      try {
        flows = describeFlows(flowsOf(fence.value));
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
      }
      const diagram: Code = { ...fence, value: withAccessibleName(fence.value, caption, alt) };
      // The figure is described by its text version, so it has a text alternative even before (or without) drawing.
      const textId = `diagram-text-${++diagrams}`;
      const figure = {
        type: 'mermaidFigure',
        data: { hName: 'figure', hProperties: { className: ['figure', 'mermaid-figure'], ariaDescribedBy: [textId] } },
        children: [
          // Search indexes the caption and the flows below, not the diagram's source.
          {
            type: 'mermaidDiagram',
            // On a phone the diagram scrolls sideways inside this box, so the box takes keyboard focus (it holds
            // nothing focusable itself) and says what it is.
            data: {
              hName: 'section',
              hProperties: {
                className: ['diagram-scroll'],
                dataPagefindIgnore: 'all',
                tabIndex: 0,
                ariaLabel: `Diagram: ${caption}`,
              },
            },
            children: [diagram],
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
            {
              type: 'element',
              tagName: 'summary',
              properties: {},
              children: [text(`The diagram as text: ${caption}`)],
            },
            {
              type: 'element',
              tagName: 'ul',
              properties: {},
              children: flows.map((flow) => ({
                type: 'element',
                tagName: 'li',
                properties: {},
                children: [text(flow)],
              })),
            },
          ],
        },
        children: [],
      };
      parent.children.splice(index, 1, figure as never, asText as never);
      return index + 2;
    });
  };
}

/** Mermaid reads accTitle/accDescr from the line after the diagram type. */
function withAccessibleName(chart: string, title: string, description: string): string {
  const [first = '', ...rest] = chart.split('\n');
  const oneLine = (value: string) => value.replace(/\s+/g, ' ');
  return [first, `  accTitle: ${oneLine(title)}`, `  accDescr: ${oneLine(description)}`, ...rest].join('\n');
}

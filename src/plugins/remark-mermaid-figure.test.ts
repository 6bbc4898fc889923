import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Root } from 'mdast';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { beforeEach, describe, expect, test } from 'vitest';
import { remarkMermaidFigure } from './remark-mermaid-figure.ts';

const CHART = [
  'flowchart TB',
  '  subgraph store["Storage"]',
  '    kds["Kinesis Data Streams"]',
  '    msk["Amazon MSK"]',
  '  end',
  '  app["Applications"] --> store',
  '  kds -->|"feeds"| lambda["AWS Lambda"]',
].join('\n');

let renderDir: string;
beforeEach(async () => {
  renderDir = await mkdtemp(join(tmpdir(), 'mermaid-renders-'));
});

/** A one-fence MDX document whose fence starts at `line`, run through the plugin. */
async function transform(
  chart: string,
  { line = 10, meta = 'caption="Storage" alt="Applications feed storage"' } = {},
) {
  const fence: Code = {
    type: 'code',
    lang: 'mermaid',
    meta,
    value: chart,
    position: { start: { line, column: 1 }, end: { line: line + chart.split('\n').length + 1, column: 4 } },
  };
  const tree: Root = { type: 'root', children: [fence] };
  await remarkMermaidFigure({ renderDir })(tree, { path: join(process.cwd(), 'content/guide/page.mdx') } as VFile);
  type Node = { type: string; data: { hName: string; hProperties: Record<string, unknown>; hChildren?: Element[] } };
  const [figure, asText] = tree.children as unknown as [Node & { children: Node[] }, Node];
  const scroller = figure.children.find((child) => child.data.hName === 'section')!;
  return { figure, asText, scroller, svg: scroller.data.hChildren?.[0] };
}

describe('remarkMermaidFigure', () => {
  test('draws a flowchart as an inline, named SVG that the page themes, with its flows as text', async () => {
    const { figure, asText, svg } = await transform(CHART);
    expect(figure.data.hName).toBe('figure');
    expect(figure.data.hProperties).toMatchObject({ ariaDescribedBy: ['diagram-text-1'] });
    expect(svg?.tagName).toBe('svg');
    expect(svg?.properties).toMatchObject({
      className: ['diagram'],
      role: 'img',
      ariaLabel: 'Applications feed storage',
    });
    expect(String(svg?.properties['style'])).toMatch(/^--diagram-min-width: \d+px$/);
    const html = toHtml(svg!);
    // Mermaid's stylesheet (fixed colours) is gone; labels are SVG text, not HTML in foreignObject.
    expect(html).not.toContain('<style');
    expect(html).not.toContain('foreignObject');
    // Mermaid writes each word of a label as its own <tspan>.
    expect(html).toMatch(/<text[^>]*>.*>Kinesis<.*> Data<.*> Streams</);
    expect(html).not.toContain('aria-roledescription');
    expect(asText.data.hProperties).toMatchObject({ id: 'diagram-text-1' });
    expect(toHtml(asText.data.hChildren!)).toContain(
      '<li>Applications → Kinesis Data Streams, Amazon MSK</li><li>Kinesis Data Streams → AWS Lambda (feeds)</li>',
    );
  }, 60_000);

  test('a second build takes the committed drawing, not the browser', async () => {
    await transform(CHART);
    const [drawing] = await readdir(renderDir);
    expect(drawing).toMatch(/^[0-9a-f]{64}\.svg$/);
    // Mark the stored drawing: if the plugin drew it again, the mark would be gone.
    const path = join(renderDir, drawing!);
    await writeFile(path, (await readFile(path, 'utf8')).replace('<svg ', '<svg data-stored-mark="yes" '));
    const { svg } = await transform(CHART);
    expect(svg?.properties['dataStoredMark']).toBe('yes');
    expect(await readdir(renderDir)).toHaveLength(1);
  }, 60_000);

  test('a diagram Mermaid cannot parse fails with the MDX file, the line and Mermaid’s message', async () => {
    const broken = 'flowchart TB\n  a --> b\n  b ->> c\n  c --> d';
    // The fence opens on line 20, so the diagram's third line is line 23 of the file.
    await expect(transform(broken, { line: 20 })).rejects.toThrow(
      /^content\/guide\/page\.mdx:23: the ```mermaid diagram starting at line 20 does not draw\. Mermaid says:\n(Parse|Lexical) error on line 3/,
    );
    expect(await readdir(renderDir)).toHaveLength(0);
  }, 60_000);

  test('a diagram type the build does not draw is left for the browser, with its source as text', async () => {
    const sequence = 'sequenceDiagram\n  Producer->>Stream: PutRecord';
    const { scroller, asText } = await transform(sequence);
    const [code] = (scroller as unknown as { children: Code[] }).children;
    expect(code).toMatchObject({ type: 'code', lang: 'mermaid' });
    expect(code?.value).toContain('accTitle: Storage');
    expect(toHtml(asText.data.hChildren!)).toContain('Producer->>Stream: PutRecord');
    expect(await readdir(renderDir)).toHaveLength(0);
  });

  test('a fence without caption or alt fails, naming file and line', async () => {
    await expect(transform(CHART, { line: 7, meta: 'caption="Only a caption"' })).rejects.toThrow(
      /^content\/guide\/page\.mdx:7: a ```mermaid fence needs caption="…" and alt="…"/,
    );
  });
});

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

const META = 'caption="Storage" alt="Applications feed storage"';

/** A ```mermaid fence whose opening line is `line` of the MDX file. */
const fenceOf = (chart: string, line: number, meta: string | null): Code => ({
  type: 'code',
  lang: 'mermaid',
  meta,
  value: chart,
  position: { start: { line, column: 1 }, end: { line: line + chart.split('\n').length + 1, column: 4 } },
});

/** An MDX document made of these nodes, run through the plugin; its first figure and text version. */
async function transformTree(children: Root['children']) {
  const tree: Root = { type: 'root', children };
  await remarkMermaidFigure({ renderDir })(tree, { path: join(process.cwd(), 'content/guide/page.mdx') } as VFile);
  type Node = { type: string; data: { hName: string; hProperties: Record<string, unknown>; hChildren?: Element[] } };
  const [figure, asText] = tree.children as unknown as [Node & { children: Node[] }, Node];
  const scroller = figure.children.find((child) => child.data.hName === 'section')!;
  return { tree, figure, asText, scroller, svg: scroller.data.hChildren?.[0] };
}

/** A one-fence MDX document whose fence starts at `line`, run through the plugin. */
const transform = (chart: string, { line = 10, meta = META } = {}) => transformTree([fenceOf(chart, line, meta)]);

/** CHART redrawn for narrow screens: top to bottom, other line breaks, edges in another order. */
const NARROW = [
  'flowchart TB',
  '  subgraph store["Storage"]',
  '    kds["Kinesis<br/>Data Streams"]',
  '    msk["Amazon<br/>MSK"]',
  '  end',
  '  kds ~~~ msk',
  '  kds -->|"feeds"| lambda["AWS Lambda"]',
  '  app["Applications"] --> store',
].join('\n');

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
    expect(html).not.toContain('data-points');
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

  test('a narrow drawing after a figure is the same figure, drawn a second time for narrow screens', async () => {
    const { tree, figure, asText, scroller } = await transformTree([
      fenceOf(CHART, 10, META),
      fenceOf(NARROW, 20, 'narrow'),
    ]);
    // One figure and one text version for both fences.
    expect(tree.children).toHaveLength(2);
    expect(figure.data.hProperties).toMatchObject({ ariaDescribedBy: ['diagram-text-1'] });
    const [wide, narrow, ...more] = scroller.data.hChildren!;
    expect(more).toHaveLength(0);
    expect(wide?.properties).toMatchObject({
      className: ['diagram', 'diagram-wide'],
      ariaLabel: 'Applications feed storage',
    });
    expect(narrow?.properties).toMatchObject({
      className: ['diagram', 'diagram-narrow'],
      role: 'img',
      ariaLabel: 'Applications feed storage',
    });
    // Two drawings, each with its own ids (Mermaid's markers are referenced by id).
    const ids = (svg: Element) => [...toHtml(svg).matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
    expect(ids(wide!).filter((id) => ids(narrow!).includes(id))).toEqual([]);
    expect(toHtml(narrow!)).toMatch(/<text[^>]*>.*>Kinesis<.*>Data<.*> Streams</);
    // The invisible link (kds ~~~ msk) placed the nodes and draws nothing: no path of it is left to paint.
    expect(toHtml(narrow!)).not.toContain('edge-thickness-invisible');
    // The text version is the figure's, listed once.
    expect(toHtml(asText.data.hChildren!)).toContain(
      '<li>Applications → Kinesis Data Streams, Amazon MSK</li><li>Kinesis Data Streams → AWS Lambda (feeds)</li>',
    );
    expect(await readdir(renderDir)).toHaveLength(2);
  }, 60_000);

  test('a narrow drawing whose flows differ from its figure’s fails, naming both fences and every difference', async () => {
    const other = NARROW.replace('"feeds"', '"reads"').replace(
      '  app["Applications"] --> store',
      '  app["Applications"] --> kds',
    );
    await expect(transformTree([fenceOf(CHART, 10, META), fenceOf(other, 20, 'narrow')])).rejects.toThrow(
      /^content\/guide\/page\.mdx:20: this narrow drawing must show the same flows as the figure it redraws \(line 10\)\.\n {2}Missing from it: Applications → Amazon MSK; Kinesis Data Streams → AWS Lambda \(feeds\)\n {2}Only in it: Kinesis Data Streams → AWS Lambda \(reads\)$/,
    );
  }, 60_000);

  test('a narrow drawing must directly follow the figure it redraws, and takes no caption of its own', async () => {
    const paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: 'Between.' }],
    } as Root['children'][number];
    await expect(transformTree([fenceOf(NARROW, 5, 'narrow')])).rejects.toThrow(
      /^content\/guide\/page\.mdx:5: a ```mermaid narrow fence redraws the figure right before it/,
    );
    await expect(transformTree([fenceOf(CHART, 10, META), paragraph, fenceOf(NARROW, 20, 'narrow')])).rejects.toThrow(
      /^content\/guide\/page\.mdx:20: a ```mermaid narrow fence redraws the figure right before it/,
    );
    await expect(
      transformTree([fenceOf(CHART, 10, META), fenceOf(NARROW, 20, 'narrow'), fenceOf(NARROW, 30, 'narrow')]),
    ).rejects.toThrow(/^content\/guide\/page\.mdx:30: a ```mermaid narrow fence/);
    await expect(transformTree([fenceOf(CHART, 10, META), fenceOf(NARROW, 20, `narrow ${META}`)])).rejects.toThrow(
      /^content\/guide\/page\.mdx:20: a ```mermaid narrow fence takes its caption and alt from the figure before it/,
    );
    // A caption that merely contains the word is not a narrow drawing.
    const { figure } = await transform(CHART, { meta: 'caption="A narrow road" alt="Applications feed storage"' });
    expect(figure.data.hName).toBe('figure');
  }, 60_000);
});

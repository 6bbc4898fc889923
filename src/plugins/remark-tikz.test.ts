import type { Element } from 'hast';
import type { Code, Root } from 'mdast';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { beforeEach, describe, expect, test } from 'vitest';
import { remarkTikz } from './remark-tikz.ts';

const PICTURE = String.raw`\begin{tikzpicture}
  \draw (0,0) rectangle (2,1);
  \node at (1,0.5) {Box};
\end{tikzpicture}`;

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'tikz-cache-'));
});

/** A one-fence MDX document whose fence starts at `line`, run through the plugin. */
async function transform(picture: string, { line = 10, meta = 'caption="A box" alt="A rectangle labelled Box"' } = {}) {
  const fence: Code = {
    type: 'code',
    lang: 'tikz',
    meta,
    value: picture,
    position: { start: { line, column: 1 }, end: { line: line + picture.split('\n').length + 1, column: 4 } },
  };
  const tree: Root = { type: 'root', children: [fence] };
  await remarkTikz({ cacheDir })(tree, { path: join(process.cwd(), 'content/guide/page.mdx') } as VFile);
  const figure = tree.children[0] as unknown as { type: string; data: { hName: string; hChildren: Element[] } };
  return { figure, svg: figure.data.hChildren[0]!, caption: figure.data.hChildren[1]! };
}

describe('remarkTikz', () => {
  test('turns a tikz fence into a labelled, theme-coloured SVG figure', async () => {
    const { figure, svg, caption } = await transform(PICTURE);
    expect(figure.data.hName).toBe('figure');
    expect(svg.tagName).toBe('svg');
    expect(svg.properties).toMatchObject({ role: 'img', ariaLabel: 'A rectangle labelled Box', fill: 'currentColor' });
    expect(svg.properties['viewBox']).toMatch(/^[-\d. ]+$/);
    expect(svg.properties['width']).toBeGreaterThan(0);
    expect(svg.properties['height']).toBeUndefined();
    expect(caption.tagName).toBe('figcaption');
    expect(JSON.stringify(caption.children)).toContain('A box');
    const json = JSON.stringify(svg);
    expect(json).toContain('"tagName":"text"');
    expect(json).toContain('currentColor');
    expect(json).not.toMatch(/"(stroke|fill)":"#000"/);
  });

  test('a second render of the same picture comes from the cache, not from TeX', async () => {
    await transform(PICTURE);
    const [cached] = await readdir(cacheDir);
    expect(cached).toMatch(/^[0-9a-f]{64}\.svg$/);
    // Mark the cached SVG: if the plugin ran TeX again, the mark would be gone.
    const path = join(cacheDir, cached!);
    await writeFile(path, (await readFile(path, 'utf8')).replace('<svg ', '<svg data-cache-mark="yes" '));
    const started = performance.now();
    const { svg } = await transform(PICTURE);
    expect(svg.properties['dataCacheMark']).toBe('yes');
    expect(performance.now() - started).toBeLessThan(500);
    expect(await readdir(cacheDir)).toHaveLength(1);
  });

  test('bad TeX fails with the MDX file, the line and TeX’s message', async () => {
    const broken = '\\begin{tikzpicture}\n  \\draw (0,0) -- (1,1);\n  \\nodee at (0,0) {x};\n\\end{tikzpicture}';
    // The fence opens on line 20, so its third picture line is line 23 of the file.
    await expect(transform(broken, { line: 20 })).rejects.toThrow(
      /^content\/guide\/page\.mdx:23: the ```tikz figure starting at line 20 does not compile\. TeX says:\n! Undefined control sequence\.[\s\S]*\\nodee/,
    );
    expect(await readdir(cacheDir)).toHaveLength(0);
  });

  test('a fence without caption or alt fails, naming file and line', async () => {
    await expect(transform(PICTURE, { line: 7, meta: 'caption="Only a caption"' })).rejects.toThrow(
      /^content\/guide\/page\.mdx:7: a ```tikz fence needs caption="…" and alt="…"/,
    );
  });
});

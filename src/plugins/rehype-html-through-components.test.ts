import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import { rehypeHtmlThroughComponents } from './rehype-html-through-components.ts';

const PAGE = [
  '## Markdown heading',
  '',
  '<details class="outer">',
  '  <summary>More</summary>',
  '  <p id="deep-target">Text with <span id="inline">inline HTML</span>.</p>',
  '</details>',
  '',
  '<Answer n={1}>A component.</Answer>',
  '',
  '<my-widget id="w" />',
].join('\n');

const compiled = async (withPlugin: boolean) =>
  String(await compile(PAGE, withPlugin ? { rehypePlugins: [rehypeHtmlThroughComponents] } : {}));

describe('rehypeHtmlThroughComponents', () => {
  test('routes HTML written in a page through the MDX components, as MDX does for Markdown', async () => {
    const before = await compiled(false);
    expect(before).toContain('_components.h2');
    expect(before).not.toContain('_components.details');
    const after = await compiled(true);
    for (const tag of ['h2', 'details', 'summary', 'p', 'span']) expect(after).toContain(`_components.${tag}`);
  });

  test('leaves components and custom elements alone', async () => {
    const after = await compiled(true);
    expect(after).toContain('_jsx(Answer,');
    expect(after).toContain('_jsx("my-widget"');
  });
});

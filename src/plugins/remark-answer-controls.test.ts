import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkAnswerControls } from './remark-answer-controls.ts';
import { pageDataOf, rehypeExportPageData } from './page-data.ts';

/** Compiles an MDX page with the plugin; returns the compiled code and the answers it handed to the page. */
async function run(source: string) {
  const file = new VFile({ path: 'guide/page.mdx', value: source });
  const code = String(
    await compile(file, { remarkPlugins: [remarkAnswerControls], rehypePlugins: [rehypeExportPageData] }),
  );
  return { code, answers: pageDataOf(file.data.astro?.frontmatter ?? {}).answers };
}

describe('remarkAnswerControls', () => {
  test('puts the answer toolbar before the first question and numbers the answers', async () => {
    const { code, answers } = await run(
      'Intro.\n\n<Question n={1}>Q?</Question>\n\n<Answer n={1}>A.</Answer>\n\n<Answer n={2}>B.</Answer>\n',
    );
    expect(answers).toEqual([1, 2]);
    const toolbar = code.indexOf('_jsx(AnswerControls, {})');
    expect(toolbar).toBeGreaterThan(code.indexOf('"Intro."'));
    expect(toolbar).toBeLessThan(code.indexOf('_jsx(Question,'));
    expect(code.match(/_jsx\(AnswerControls, \{\}\)/g)).toHaveLength(1);
  });

  test('leaves a page without answers alone, and keeps an author-placed toolbar where it is', async () => {
    const plain = await run('Just text.\n');
    expect(plain.answers).toEqual([]);
    expect(plain.code).not.toContain('AnswerControls');
    const placed = await run('<Answer n={3}>A.</Answer>\n\n<AnswerControls />\n');
    expect(placed.code.match(/_jsx\(AnswerControls, \{\}\)/g)).toHaveLength(1);
    expect(placed.code.indexOf('_jsx(AnswerControls')).toBeGreaterThan(placed.code.indexOf('_jsx(Answer,'));
  });

  test('fails on a computed or repeated answer number, naming the file and line', async () => {
    await expect(run('<Answer n={x}>A.</Answer>\n')).rejects.toThrow(
      'guide/page.mdx:1: <Answer n=…> needs a literal whole number',
    );
    await expect(run('<Answer n={1}>A.</Answer>\n\n<Answer n={1}>B.</Answer>\n')).rejects.toThrow(
      'guide/page.mdx:3: <Answer n={1}> appears twice on the page.',
    );
  });
});

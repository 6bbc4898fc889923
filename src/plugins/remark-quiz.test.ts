/** remarkQuiz on small MDX inputs: what it tells the components, what it collects, and how it fails. */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkQuiz } from './remark-quiz';

async function run(mdx: string) {
  const file = new VFile({ path: '/content/g/practice.mdx', value: mdx });
  const code = String(await compile(file, { remarkPlugins: [remarkQuiz] }));
  const quizzes = file.data.pageData?.quizzes;
  return { code, quizzes };
}

const quiz = (id: string, choices: string, explanation = '<Explanation>Because.</Explanation>') =>
  `<Quiz id="${id}">\n  Which one?\n\n${choices}\n\n${explanation}\n</Quiz>\n`;

describe('remarkQuiz', () => {
  it('numbers questions, letters options, and uses radios for one answer and checkboxes for several', async () => {
    const { code, quizzes } = await run(
      quiz('one', '<Choice>A</Choice>\n<Choice correct>B</Choice>\n<Choice>C</Choice>') +
        '\n' +
        quiz('two', '<Choice correct>A</Choice>\n<Choice>B</Choice>\n<Choice correct>C</Choice>\n<Choice>D</Choice>'),
    );
    expect(quizzes).toEqual([
      { id: 'one', correct: ['b'] },
      { id: 'two', correct: ['a', 'c'] },
    ]);
    expect(code).toMatch(/id: "one",[\s\S]*n: "1",\s*correct: "b",\s*answer: "B"/);
    expect(code).toMatch(/id: "two",[\s\S]*n: "2",\s*correct: "a c",\s*answer: "A, C"/);
    expect(code).toMatch(/letter: "b",\s*type: "radio",\s*name: "quiz-one"/);
    expect(code).toMatch(/letter: "d",\s*type: "checkbox",\s*name: "quiz-two-d"/);
  });

  it('collects nothing from a page without questions', async () => {
    expect((await run('# Just text\n')).quizzes).toEqual([]);
  });

  it.each([
    [
      'a missing id',
      '<Quiz>\n  Q?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n\n<Explanation>x</Explanation>\n</Quiz>',
      'line 1: <Quiz> needs id="…"',
    ],
    ['an id with spaces', quiz('Two words', '<Choice correct>A</Choice>\n<Choice>B</Choice>'), '<Quiz> needs id="…"'],
    ['one option', quiz('q', '<Choice correct>A</Choice>'), '<Quiz id="q"> has 1 <Choice>; give it 2 to 9.'],
    ['ten options', quiz('q', '<Choice correct>A</Choice>\n' + '<Choice>X</Choice>\n'.repeat(9)), 'has 10 <Choice>'],
    [
      'no correct option',
      quiz('q', '<Choice>A</Choice>\n<Choice>B</Choice>'),
      '<Quiz id="q"> marks no <Choice correct>.',
    ],
    [
      'every option correct',
      quiz('q', '<Choice correct>A</Choice>\n<Choice correct>B</Choice>'),
      'marks every option correct',
    ],
    [
      'correct with a value',
      quiz('q', '<Choice correct="yes">A</Choice>\n<Choice>B</Choice>'),
      'write `correct` on its own',
    ],
    [
      'no explanation',
      quiz('q', '<Choice correct>A</Choice>\n<Choice>B</Choice>', ''),
      'needs exactly one <Explanation> (it has 0)',
    ],
    [
      'no question',
      '<Quiz id="q">\n<Choice correct>A</Choice>\n<Choice>B</Choice>\n\n<Explanation>x</Explanation>\n</Quiz>',
      'needs its question before the first <Choice>',
    ],
    [
      'text between the options',
      quiz('q', '<Choice correct>A</Choice>\n\nStray words.\n\n<Choice>B</Choice>'),
      'line 6: <Quiz id="q">: after the first <Choice>, only',
    ],
    [
      'a repeated id',
      quiz('q', '<Choice correct>A</Choice>\n<Choice>B</Choice>').repeat(2),
      '<Quiz id="q"> is used twice on this page.',
    ],
    [
      'an option of two paragraphs',
      quiz('q', '<Choice correct>\n  One.\n\n  Two.\n</Choice>\n<Choice>B</Choice>'),
      'an option is one paragraph of text',
    ],
    ['a Choice outside a Quiz', '<Choice>A</Choice>\n', 'line 1: <Choice> belongs directly inside a <Quiz>.'],
  ])('fails on %s, naming the file and the line', async (_label, mdx, message) => {
    const failure = run(mdx);
    await expect(failure).rejects.toThrow('/content/g/practice.mdx:');
    await expect(failure).rejects.toThrow(message);
  });
});

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

/** A wrong option, with the reason every wrong option needs. */
const wrong = (text: string) => `<Choice>\n  ${text}\n  <Why>Not ${text}.</Why>\n</Choice>`;

const quiz = (id: string, choices: string, explanation = '<Explanation>Because.</Explanation>') =>
  `<Quiz id="${id}">\n  Which one?\n\n${choices}\n\n${explanation}\n</Quiz>\n`;

describe('remarkQuiz', () => {
  it('numbers questions, letters options, and uses radios for one answer and checkboxes for several', async () => {
    const { code, quizzes } = await run(
      quiz('one', `${wrong('A')}\n<Choice correct>B</Choice>\n${wrong('C')}`) +
        '\n' +
        quiz('two', `<Choice correct>A</Choice>\n${wrong('B')}\n<Choice correct>C</Choice>\n${wrong('D')}`),
    );
    expect(quizzes).toEqual([
      { id: 'one', correct: ['b'] },
      { id: 'two', correct: ['a', 'c'] },
    ]);
    // Each wrong option's reason leaves the option for the answer, carrying the option's letter.
    expect(code).toMatch(/_jsx\(Why, \{\s*letter: "c",\s*slot: "reasons"/);
    expect(code).not.toMatch(/Choice, \{[^}]*children: \[[^\]]*Why/);
    expect(code).toMatch(/id: "one",[\s\S]*n: "1",\s*correct: "b",\s*answer: "B"/);
    expect(code).toMatch(/id: "two",[\s\S]*n: "2",\s*correct: "a c",\s*answer: "A, C"/);
    expect(code).toMatch(/letter: "b",\s*type: "radio",\s*name: "quiz-one"/);
    expect(code).toMatch(/letter: "d",\s*type: "checkbox",\s*name: "quiz-two-d"/);
  });

  it('takes a reason set apart by blank lines too, and keeps the section', async () => {
    const { code, quizzes } = await run(
      `<Quiz id="q" section="capacity-modes#on-demand">\n  Which?\n\n<Choice correct>A</Choice>\n<Choice>\n  B\n\n  <Why>Not B.</Why>\n</Choice>\n\n<Explanation>x</Explanation>\n</Quiz>\n`,
    );
    expect(quizzes).toEqual([{ id: 'q', correct: ['a'], section: 'capacity-modes#on-demand' }]);
    expect(code).toMatch(/_jsx\(Why, \{\s*letter: "b",\s*slot: "reasons"/);
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
    ['an id with spaces', quiz('Two words', `<Choice correct>A</Choice>\n${wrong('B')}`), '<Quiz> needs id="…"'],
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
      quiz('q', `<Choice correct>A</Choice>\n${wrong('B')}`, ''),
      'needs exactly one <Explanation> (it has 0)',
    ],
    ['a wrong option without a reason', quiz('q', '<Choice correct>A</Choice>\n<Choice>B</Choice>'), 'needs a <Why>'],
    [
      'a right option with a reason',
      quiz('q', `<Choice correct>\n  A\n  <Why>Yes.</Why>\n</Choice>\n${wrong('B')}`),
      'a right option takes no <Why>',
    ],
    [
      'a reason outside an option',
      quiz('q', `<Choice correct>A</Choice>\n${wrong('B')}\n<Why>Loose.</Why>`),
      'after the first <Choice>',
    ],
    [
      'a malformed section',
      quiz('q', `<Choice correct>A</Choice>\n${wrong('B')}`).replace('id="q"', 'id="q" section="Some Page"'),
      'section="…" names a page',
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
      quiz('q', `<Choice correct>A</Choice>\n${wrong('B')}`).repeat(2),
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

/** The answer-position check on a fixture practice file whose keys are skewed, compiled as the build compiles it. */
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkQuiz } from '../src/plugins/remark-quiz';
import { answerPositionProblems, describePositionProblem } from '../src/lib/shared/answer-positions';

describe('answer positions of a practice file', () => {
  it('fails the skewed fixture, naming the questions to rebalance', async () => {
    const path = 'test/fixtures/practice/skewed-keys.mdx';
    const file = new VFile({ path, value: readFileSync(path, 'utf8') });
    await compile(file, { remarkPlugins: [remarkQuiz] });
    const problems = answerPositionProblems(file.data.pageData?.quizzes ?? []);
    expect(problems.map(describePositionProblem)).toEqual([
      '6 of 6 single-answer keys are A (more than 40 %): move the right option of some of single-1, single-2, ' +
        'single-3, single-4, single-5, single-6 to another position.',
      '5 of 5 "choose two" keys are A + B (more than 40 %): move the right option of some of pair-1, pair-2, ' +
        'pair-3, pair-4, pair-5 to another position.',
    ]);
  });
});

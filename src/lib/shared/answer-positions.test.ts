/** The position check on authored keys: no position (or pair) above 40 % of its kind, judged from five questions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerPositionProblems, type AuthoredKey } from './answer-positions';

const single = (letters: string) => [...letters].map((letter, i): AuthoredKey => ({ id: `q${i}`, correct: [letter] }));

describe('answerPositionProblems', () => {
  it('passes keys spread over the positions, and exactly 40 %', () => {
    expect(answerPositionProblems(single('abcdabcdab'))).toEqual([]);
    expect(answerPositionProblems(single('aabcd'))).toEqual([]);
    expect(answerPositionProblems(single('aaabcd'))).toEqual([
      { kind: 'single', position: 'A', count: 3, total: 6, ids: ['q0', 'q1', 'q2'] },
    ]);
  });

  it('does not judge a kind with fewer than five questions', () => {
    expect(answerPositionProblems(single('aaaa'))).toEqual([]);
  });

  it('counts a pair the same whatever order its letters are written in', () => {
    const pairs = ['ac', 'ca', 'ac', 'bd', 'be'].map((p, i) => ({ id: `p${i}`, correct: [...p] }));
    expect(answerPositionProblems(pairs)).toEqual([
      { kind: 'pair', position: 'A + C', count: 3, total: 5, ids: ['p0', 'p1', 'p2'] },
    ]);
  });

  it('flags a position exactly when it holds more than 2 in 5 of its kind', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 5, maxLength: 80 }), (letters) => {
        const problems = answerPositionProblems(single(letters.join('')));
        for (const letter of 'abcd') {
          const count = letters.filter((l) => l === letter).length;
          const flagged = problems.some((problem) => problem.position === letter.toUpperCase());
          expect(flagged).toBe(count * 5 > letters.length * 2);
        }
      }),
    );
  });
});

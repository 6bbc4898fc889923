/** Practice scoring: all-or-nothing per question like the exam, and a percentage that rounds on purpose. */
import { describe, expect, it } from 'vitest';
import { isCorrect, optionIndexForKey } from './quiz-answer';
import { percentOf, scoreSet } from './quiz-score';

describe('isCorrect', () => {
  it('scores a single-answer question', () => {
    expect(isCorrect(['b'], ['b'])).toBe(true);
    expect(isCorrect(['b'], ['a'])).toBe(false);
    expect(isCorrect(['b'], [])).toBe(false);
  });

  it('scores a choose-two question only when both and nothing else are picked', () => {
    expect(isCorrect(['a', 'c'], ['c', 'a'])).toBe(true);
    expect(isCorrect(['a', 'c'], ['a'])).toBe(false);
    expect(isCorrect(['a', 'c'], ['a', 'c', 'd'])).toBe(false);
    expect(isCorrect(['a', 'c'], ['a', 'd'])).toBe(false);
  });

  it('ignores repeated picks', () => {
    expect(isCorrect(['a', 'c'], ['a', 'a', 'c'])).toBe(true);
    expect(isCorrect(['a'], ['a', 'a'])).toBe(true);
  });
});

describe('percentOf', () => {
  it('holds its promises for every score of up to 500 questions', () => {
    const broken: string[] = [];
    for (let total = 1; total <= 500; total++) {
      let previous = -1;
      for (let correct = 0; correct <= total; correct++) {
        const percent = percentOf(correct, total);
        // Whole, never off by a whole point, 100 only when all are right, 0 only when none are, never going down.
        const ok =
          Number.isInteger(percent) &&
          Math.abs(percent - (correct * 100) / total) < 1 &&
          (percent === 100) === (correct === total) &&
          (percent === 0) === (correct === 0) &&
          percent >= previous;
        if (!ok) broken.push(`${correct}/${total} → ${percent}`);
        previous = percent;
      }
    }
    expect(broken).toEqual([]);
  });

  it('rounds to the nearest whole per cent in between', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(199, 200)).toBe(99);
    expect(percentOf(1, 200)).toBe(1);
    expect(percentOf(0, 0)).toBe(0);
  });

  it.each([
    [-1, 3],
    [4, 3],
    [1.5, 3],
    [1, Number.NaN],
  ])('refuses %s of %s', (correct, total) => {
    expect(() => percentOf(correct, total)).toThrow(RangeError);
  });
});

describe('scoreSet', () => {
  const questions = [
    { id: 'one', correct: ['a'] },
    { id: 'two', correct: ['b', 'd'] },
    { id: 'three', correct: ['c'] },
  ];

  it('counts right answers, and gives the percentage of the questions answered', () => {
    expect(scoreSet(questions, { one: ['a'], two: ['b', 'd'] })).toEqual({
      correct: 2,
      answered: 2,
      total: 3,
      percent: 100,
    });
    expect(scoreSet(questions, { one: ['a'], two: ['b'], three: ['c'] })).toEqual({
      correct: 2,
      answered: 3,
      total: 3,
      percent: 67,
    });
    // A revealed answer (nothing picked) is answered and wrong.
    expect(scoreSet(questions, { one: [], three: ['c'] })).toEqual({ correct: 1, answered: 2, total: 3, percent: 50 });
    expect(scoreSet(questions, {})).toEqual({ correct: 0, answered: 0, total: 3, percent: 0 });
    expect(scoreSet([], {})).toEqual({ correct: 0, answered: 0, total: 0, percent: 0 });
  });
});

describe('optionIndexForKey', () => {
  it('maps 1… to the options that exist, and nothing else', () => {
    expect(optionIndexForKey('1', 4)).toBe(0);
    expect(optionIndexForKey('4', 4)).toBe(3);
    expect(optionIndexForKey('5', 4)).toBeUndefined();
    expect(optionIndexForKey('0', 4)).toBeUndefined();
    expect(optionIndexForKey('a', 4)).toBeUndefined();
    expect(optionIndexForKey('12', 20)).toBeUndefined();
  });
});

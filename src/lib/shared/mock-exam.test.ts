/** The mock exam's rules: drawing, the clock, the count a reader may ask for, and the score per topic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clock,
  drawQuestions,
  isExamState,
  parseQuestionCount,
  scoreExam,
  secondsLeft,
  startExam,
  type ExamQuestion,
} from './mock-exam';

describe('drawQuestions', () => {
  it('draws the number asked for, each question at most once, only from the pool', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 80 }), fc.nat(), (keys, n) => {
        const count = (n % keys.length) + 1;
        const drawn = drawQuestions(keys, count);
        expect(drawn).toHaveLength(count);
        expect(new Set(drawn).size).toBe(count);
        for (const key of drawn) expect(keys).toContain(key);
      }),
    );
  });
});

describe('the clock', () => {
  it('gives two minutes a question, counts down in whole seconds and stops at zero', () => {
    const exam = startExam(['a', 'b', 'c'], 3, 1_000);
    expect(exam.limit).toBe(360_000);
    expect(secondsLeft(exam, 1_000)).toBe(360);
    expect(secondsLeft(exam, 1_001)).toBe(360);
    expect(secondsLeft(exam, 2_000)).toBe(359);
    expect(secondsLeft(exam, 361_000)).toBe(0);
    expect(secondsLeft(exam, 9_999_999)).toBe(0);
  });

  it('writes any time left as h:mm:ss or m:ss that reads back to the same seconds', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 * 3600 }), (seconds) => {
        const parts = clock(seconds).split(':').map(Number);
        const back = parts.reduce((sum, part) => sum * 60 + part, 0);
        expect(back).toBe(seconds);
        expect(clock(seconds)).toMatch(/^(\d+:\d{2}:\d{2}|\d+:\d{2})$/);
      }),
    );
    expect(clock(2232)).toBe('37:12');
    expect(clock(3909)).toBe('1:05:09');
    expect(clock(9)).toBe('0:09');
  });
});

describe('parseQuestionCount', () => {
  it('takes a whole number from 1 to all, and says what to enter otherwise', () => {
    expect(parseQuestionCount(' 20 ', 65)).toEqual({ count: 20 });
    expect(parseQuestionCount('65', 65)).toEqual({ count: 65 });
    for (const bad of ['0', '66', '2.5', '-3', '', 'ten', '1e2']) {
      expect(parseQuestionCount(bad, 65)).toHaveProperty('error');
    }
  });
});

describe('isExamState', () => {
  it('accepts a started exam and refuses what is broken', () => {
    const exam = startExam(['a', 'b'], 2, 0);
    expect(isExamState(exam)).toBe(true);
    expect(isExamState({ ...exam, keys: [] })).toBe(false);
    expect(isExamState({ ...exam, index: 2 })).toBe(false);
    expect(isExamState({ ...exam, answers: { a: 'b' } })).toBe(false);
    expect(isExamState({ ...exam, limit: 0 })).toBe(false);
    expect(isExamState(null)).toBe(false);
    expect(isExamState('exam')).toBe(false);
  });
});

describe('scoreExam', () => {
  const questions = new Map<string, ExamQuestion>([
    ['g/practice#one', { key: 'g/practice#one', correct: ['a'], topic: 'Capacity', href: '/g/capacity/' }],
    ['g/practice#two', { key: 'g/practice#two', correct: ['b', 'd'], topic: 'Lambda', href: '/g/lambda/' }],
    ['g/practice#three', { key: 'g/practice#three', correct: ['c'], topic: 'Capacity', href: '/g/capacity/' }],
  ]);

  it('scores all or nothing per question, unanswered as wrong, per topic in the order asked', () => {
    const exam = {
      ...startExam([...questions.keys()], 3, 0, () => 0.99),
      answers: { 'g/practice#one': ['a'], 'g/practice#two': ['b'] },
    };
    const score = scoreExam(exam, questions);
    expect(score.right).toBe(1);
    expect(score.total).toBe(3);
    expect(score.percent).toBe(33);
    expect(score.topics).toEqual(
      expect.arrayContaining([
        { topic: 'Capacity', href: '/g/capacity/', right: 1, total: 2, percent: 50 },
        { topic: 'Lambda', href: '/g/lambda/', right: 0, total: 1, percent: 0 },
      ]),
    );
  });
});

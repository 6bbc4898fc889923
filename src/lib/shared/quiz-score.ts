/**
 * The score of a set of practice questions, each right or wrong as quiz-answer.ts decides. Pure, so the practice
 * page and the guide overview score the same way and the rules are unit-tested without a browser.
 */
import { isCorrect } from './quiz-answer';

export interface Score {
  /** Questions answered right. */
  correct: number;
  /** Questions in the set. */
  total: number;
  /** Whole per cent, rounded to nearest, but 100 only when all are right and 0 only when none are (see percentOf). */
  percent: number;
}

/**
 * A whole percentage for "correct of total". Rounds to the nearest whole number, except that it never shows 100 %
 * before every question is right or 0 % once one is: 199 of 200 reads 99 %, not 100 %, and 1 of 200 reads 1 %.
 */
export function percentOf(correct: number, total: number): number {
  if (!Number.isInteger(correct) || !Number.isInteger(total) || total < 0 || correct < 0 || correct > total) {
    throw new RangeError(`percentOf(${correct}, ${total})`);
  }
  if (total === 0 || correct === 0) return 0;
  if (correct === total) return 100;
  return Math.min(99, Math.max(1, Math.round((correct * 100) / total)));
}

/** The score of a set of questions, from each one's correct options and the reader's picks (absent = unanswered). */
export function scoreSet(
  questions: readonly { id: string; correct: readonly string[] }[],
  picks: Readonly<Record<string, readonly string[] | undefined>>,
): Score {
  const correct = questions.filter((q) => {
    const picked = picks[q.id];
    return picked !== undefined && isCorrect(q.correct, picked);
  }).length;
  return { correct, total: questions.length, percent: percentOf(correct, questions.length) };
}

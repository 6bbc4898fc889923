/**
 * The score of a set of practice questions, each right or wrong as quiz-answer.ts decides. Pure, so the practice
 * page and the guide overview score the same way and the rules are unit-tested without a browser.
 */
import { isCorrect } from './quiz-answer';

export interface Score {
  /** Questions answered right. */
  correct: number;
  /** Questions answered, right or wrong (a revealed answer counts as answered wrong). */
  answered: number;
  /** Questions in the set. */
  total: number;
  /**
   * Whole per cent of the questions ANSWERED that are right (a score says how well the reader knows what they tried,
   * not how far they got), rounded to nearest, but 100 only when all are right and 0 only when none are (percentOf).
   */
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
  const answered = questions.filter((q) => picks[q.id] !== undefined);
  const correct = answered.filter((q) => isCorrect(q.correct, picks[q.id]!)).length;
  return { correct, answered: answered.length, total: questions.length, percent: percentOf(correct, answered.length) };
}

/**
 * Scoring for practice questions, as the exam scores them: a question is right only when the reader picked exactly
 * its correct options (a "choose two" question with one of two right is wrong). Pure, so the practice page and the
 * guide overview score the same way and the rules are unit-tested without a browser.
 */

/** True when `picked` is exactly the set `correct` (order and repeats do not matter). Nothing picked is wrong. */
export function isCorrect(correct: readonly string[], picked: readonly string[]): boolean {
  const want = new Set(correct);
  const got = new Set(picked);
  return got.size === want.size && [...got].every((choice) => want.has(choice));
}

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
    throw new RangeError(`percentOf(${correct}, ${total}): need whole numbers with 0 ≤ correct ≤ total.`);
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

/** Which option a number key picks: "1" → 0 … "9" → 8, or undefined when the key is not a digit for an option. */
export function optionIndexForKey(key: string, optionCount: number): number | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  const index = Number(key) - 1;
  return index < optionCount ? index : undefined;
}

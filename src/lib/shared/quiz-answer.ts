/**
 * One practice question's answer, as the exam scores it: right only when the reader picked exactly its correct
 * options (a "choose two" question with one of two right is wrong). Pure, and small, because the page checks answers
 * with it as soon as it loads (the set's score is in quiz-score.ts).
 */

/** True when `picked` is exactly the set `correct` (order and repeats do not matter). Nothing picked is wrong. */
export function isCorrect(correct: readonly string[], picked: readonly string[]): boolean {
  const want = new Set(correct);
  const got = new Set(picked);
  return got.size === want.size && [...got].every((choice) => want.has(choice));
}

/** Which option a number key picks: "1" → 0 … "9" → 8, or undefined when the key is not a digit for an option. */
export function optionIndexForKey(key: string, optionCount: number): number | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  const index = Number(key) - 1;
  return index < optionCount ? index : undefined;
}

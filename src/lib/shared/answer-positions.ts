/**
 * The fairness of a guide's authored answer keys. Readers with JavaScript see options shuffled, but the page
 * without JavaScript (and the print of it) shows them as written, and a pattern in the keys (right answers mostly
 * first, every "choose two" A + C) lets a reader score by position instead of knowledge. So across a guide's
 * questions no position may hold more than 40 % of the single-answer keys, and no pair of positions more than 40 %
 * of the "choose two" keys. A kind with fewer than five questions is not judged: one question is 100 % of itself.
 */

/** At most 2 in 5 (40 %) of a kind's keys at one position, kept as a fraction so no float rounding decides. */
export const MAX_SHARE = { num: 2, den: 5 };
export const MIN_QUESTIONS = 5;

export interface AuthoredKey {
  /** The question's id, named in the message. */
  id: string;
  /** The letters of its correct options, in authored order ("a", "c"). */
  correct: readonly string[];
}

/** Too many keys of one kind at one position: which position, its share, and the questions to rebalance. */
export interface PositionProblem {
  kind: 'single' | 'pair';
  /** "B", or "A + C" for a pair. */
  position: string;
  count: number;
  total: number;
  ids: string[];
}

export function answerPositionProblems(keys: readonly AuthoredKey[]): PositionProblem[] {
  const problems: PositionProblem[] = [];
  for (const kind of ['single', 'pair'] as const) {
    const ofKind = keys.filter((key) => (kind === 'single' ? key.correct.length === 1 : key.correct.length === 2));
    if (ofKind.length < MIN_QUESTIONS) continue;
    const byPosition = new Map<string, string[]>();
    for (const key of ofKind) {
      const position = [...key.correct]
        .sort()
        .map((letter) => letter.toUpperCase())
        .join(' + ');
      byPosition.set(position, [...(byPosition.get(position) ?? []), key.id]);
    }
    for (const [position, ids] of byPosition) {
      // count / total > 2 / 5, in whole numbers: exactly 40 % passes.
      if (ids.length * MAX_SHARE.den > ofKind.length * MAX_SHARE.num) {
        problems.push({ kind, position, count: ids.length, total: ofKind.length, ids });
      }
    }
  }
  return problems;
}

/** One line per problem, naming the questions to rebalance. */
export const describePositionProblem = ({ kind, position, count, total, ids }: PositionProblem) =>
  `${count} of ${total} ${kind === 'single' ? 'single-answer' : '"choose two"'} keys are ${position} ` +
  `(more than ${(100 * MAX_SHARE.num) / MAX_SHARE.den} %): move the right option of some of ${ids.join(', ')} to another position.`;

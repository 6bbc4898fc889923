/**
 * The words of the guide overview's progress panel. The page renders them for a reader with nothing saved (which
 * is every reader without JavaScript, since only scripts save progress), and study-progress-element.ts renders
 * them again from this browser's storage, so both always say the same thing the same way.
 */
import type { Score } from './quiz-score';

export interface ProgressCounts {
  /** The guide's checkpoint answers, and how many of them the reader marked known or to review. */
  answers: { total: number; known: number; review: number };
  /** The practice set's score (which counts the questions answered, right or wrong). */
  practice: { score: Score };
  /** The guide's flashcards, and how many are due today. */
  cards: { total: number; due: number };
}

export function progressText({ answers, practice, cards }: ProgressCounts) {
  const { score } = practice;
  return {
    answers: `${answers.known} of ${answers.total} known${answers.review ? `, ${answers.review} to review again` : ''}.`,
    practice:
      score.answered === 0
        ? `${score.total} questions, none answered yet.`
        : `${score.answered} of ${score.total} answered, ${score.correct} right (${score.percent} % of those answered).`,
    cards: `${cards.due} of ${cards.total} due today.`,
  };
}

/** What the panel says before anything is saved: nothing known, nothing answered, every card due. */
export const freshProgress = (answers: number, questions: number, cards: number): ProgressCounts => ({
  answers: { total: answers, known: 0, review: 0 },
  practice: { score: { correct: 0, answered: 0, total: questions, percent: 0 } },
  cards: { total: cards, due: cards },
});

/**
 * A Leitner schedule for flashcards, driven by the deck's existing Known / Again marks. Each card sits in a box;
 * "Known" moves it up one box and away for that box's interval, "Again" sends it back to box 0, due now, so it
 * returns later in the same session. Days are whole calendar days (card-due.ts: dayNumber), so "due tomorrow" means
 * after midnight where the reader is, not 24 hours later. Pure: the browser passes in today and stores the states.
 */
import { TOP_BOX, type CardState } from './card-due';

/** Days until a card is due again after "Known" moved it into box n (index n − 1). Box 0 is "still learning". */
export const INTERVALS = [1, 3, 7, 14, 30] as const satisfies { length: typeof TOP_BOX };

export type Mark = 'known' | 'review';

/** The card's state after the reader marks it on `today`. A card never seen before starts in box 0. */
export function schedule(state: CardState | undefined, mark: Mark, today: number): CardState {
  if (mark === 'review') return { box: 0, due: today };
  const box = Math.min((state?.box ?? 0) + 1, TOP_BOX);
  return { box, due: today + INTERVALS[box - 1]! };
}

/**
 * One study session's queue after the reader marks its first card: "Again" puts the card at the back so it comes
 * round again before the session ends; "Known" takes it out. Marking a card that is not at the front changes
 * nothing, so a double click cannot skip a card.
 */
export function nextQueue(queue: readonly string[], key: string, mark: Mark): string[] {
  if (queue[0] !== key) return [...queue];
  const rest = queue.slice(1);
  return mark === 'review' ? [...rest, key] : rest;
}

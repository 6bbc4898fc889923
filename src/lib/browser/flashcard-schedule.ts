/**
 * The flashcard deck's Leitner schedule in this browser: moving a card on each Known/Again mark, listing the cards
 * due today and forgetting a deck. The deck loads this on the reader's first mark or "Study due cards" (or at once
 * when a schedule is saved), so a first visit to the deck does not pay for it.
 */
import { cardSchedule, dueToday } from './card-schedule-store';
import { dayNumber } from '../shared/card-due';
import { schedule, type Mark } from '../shared/leitner';

/** Moves the card `key` in the schedule for a mark given today. */
export const scheduleMark = (key: string, mark: Mark) =>
  cardSchedule.update((states) => (states[key] = schedule(states[key], mark, dayNumber(new Date()))));

export { dueToday };

/** Forgets the schedule of the cards `keys`: they are new, and due, again. */
export const forget = (keys: readonly string[]) =>
  cardSchedule.update((states) => keys.forEach((key) => delete states[key]));

/**
 * Which flashcards are due, from their Leitner states (leitner.ts moves them). Kept apart from the moves because the
 * deck and the guide overview count due cards as soon as they load, while the moves wait for the reader's marks.
 */

export interface CardState {
  /** 0 (learning) to TOP_BOX in leitner.ts. */
  box: number;
  /** The day number (dayNumber) from which the card is due. */
  due: number;
}

/** The highest box; leitner.ts has one interval per box above 0. */
export const TOP_BOX = 5;

/** The local calendar day of `date` as a whole number of days since 1970-01-01: DST and time zones cannot split a day. */
export function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}

/** A card is due when it has never been scheduled or its day has come. */
export const isDue = (state: CardState | undefined, today: number) => state === undefined || state.due <= today;

/** The keys of the cards due on `today`, in deck order. */
export const dueKeys = (keys: readonly string[], states: Readonly<Record<string, CardState>>, today: number) =>
  keys.filter((key) => isDue(states[key], today));

/** Whether a stored value is a well-formed card state (storage can hold anything). */
export const isCardState = (value: unknown): value is CardState =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as CardState).box) &&
  (value as CardState).box >= 0 &&
  (value as CardState).box <= TOP_BOX &&
  Number.isInteger((value as CardState).due);

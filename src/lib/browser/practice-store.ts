/**
 * The reader's practice state, kept beside the self-check marks: the options picked for each practice question and
 * each flashcard's place in the Leitner schedule. Both tolerate blocked or corrupt storage (local-record-store.ts).
 */
import { PRACTICE_STORAGE_KEY, SCHEDULE_STORAGE_KEY } from '../../consts';
import { isCardState, type CardState } from '../shared/leitner';
import { localRecordStore } from './local-record-store';

/** Fired on document after every change to either record. */
export const PRACTICE_EVENT = 'practice-change';

/** A question's key: its guide and its id, e.g. "streaming-sources:retention-replay". */
export const questionKey = (guideId: string, id: string) => `${guideId}:${id}`;

/** The options a reader checked, by letter ("a"…"i"); only answers that were checked are stored. */
const isPicks = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((choice) => typeof choice === 'string' && /^[a-i]$/.test(choice));

export const practiceAnswers = localRecordStore(PRACTICE_STORAGE_KEY, isPicks, PRACTICE_EVENT);

/** Flashcard schedule by card key (the same "<deck>:<card>" key as its Known/Again mark). */
export const cardSchedule = localRecordStore<CardState>(SCHEDULE_STORAGE_KEY, isCardState, PRACTICE_EVENT);

/**
 * Each flashcard's place in the Leitner schedule (shared/leitner.ts), kept beside the self-check marks under the
 * same "<deck>:<card>" key as the card's Known/Again mark. Tolerates blocked or corrupt storage.
 */
import { SCHEDULE_STORAGE_KEY } from '../../consts';
import { dayNumber, dueKeys, isCardState, type CardState } from '../shared/card-due';
import { localRecordStore } from './local-record-store';

export const cardSchedule = localRecordStore<CardState>(SCHEDULE_STORAGE_KEY, isCardState, 'card-schedule-change');

/** The keys among `keys` of the cards due today, where the reader is. */
export const dueToday = (keys: readonly string[]) => dueKeys(keys, cardSchedule.read(), dayNumber(new Date()));

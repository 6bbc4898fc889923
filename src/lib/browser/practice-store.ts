/**
 * The reader's practice answers, kept beside the self-check marks: the options checked for each practice question,
 * by the question's key ("<page id>#<question id>"). Tolerates blocked or corrupt storage (local-record-store.ts).
 */
import { PRACTICE_STORAGE_KEY } from '../../consts';
import { localRecordStore } from './local-record-store';

/**
 * The options a reader checked, by their authored letter ("a"…"i"); only answers that were checked are stored. An
 * empty list is a question whose answer the reader revealed without answering: it counts as missed.
 */
const isPicks = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((choice) => typeof choice === 'string' && /^[a-i]$/.test(choice));

export const practiceAnswers = localRecordStore(PRACTICE_STORAGE_KEY, isPicks, 'practice-change');

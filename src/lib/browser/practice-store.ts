/**
 * The reader's practice answers, kept beside the self-check marks: the options checked for each practice question,
 * by the question's key ("<page id>#<question id>"). Tolerates blocked or corrupt storage (local-record-store.ts).
 */
import { PRACTICE_STORAGE_KEY } from '../../consts';
import { localRecordStore } from './local-record-store';

/** The options a reader checked, by letter ("a"…"i"); only answers that were checked are stored. */
const isPicks = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((choice) => typeof choice === 'string' && /^[a-i]$/.test(choice));

export const practiceAnswers = localRecordStore(PRACTICE_STORAGE_KEY, isPicks, 'practice-change');

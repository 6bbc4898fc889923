/**
 * The reader's self-check marks ("I knew it" / "Review again"), kept in localStorage so they survive reloads and
 * are shared by every page. A localRecordStore like the practice answers and the card schedule: reads keep only
 * real marks, writes never throw, and when storage is blocked or full the marks made on this page still hold for
 * the page's lifetime (local-record-store.ts).
 */
import { SELF_CHECK_STORAGE_KEY } from '../../consts';
import { localRecordStore } from './local-record-store';

export type Mark = 'known' | 'review';
export type Marks = Record<string, Mark>;

/** Fired on document after every change, so the widgets on the page can redraw. */
export const SELF_CHECK_EVENT = 'self-check-change';

const isMark = (value: unknown): value is Mark => value === 'known' || value === 'review';
const marks = localRecordStore(SELF_CHECK_STORAGE_KEY, isMark, SELF_CHECK_EVENT);

export const readMarks: () => Marks = marks.read;
export const updateMarks: (change: (marks: Marks) => void) => void = marks.update;

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

/**
 * A reset that can be taken back: the first click on `button` clears the marks of `keys()` (read at click time)
 * and turns the button into "Undo reset", which puts them back. Any other change to the marks ends the chance to
 * undo, so an undo never overwrites newer marks. Used by the answer toolbar and the flashcards; it lives here, in
 * the module both already load, to keep their pages within the JavaScript budget.
 */
export function wireUndoableReset(button: HTMLButtonElement, keys: () => string[]): void {
  const resetLabel = button.textContent;
  let removed: Marks | undefined;
  let ownChange = false;
  const offer = (snapshot?: Marks) => {
    removed = snapshot;
    button.textContent = snapshot ? 'Undo reset' : resetLabel;
  };
  const change = (edit: (marks: Marks) => void, snapshot?: Marks) => {
    ownChange = true;
    updateMarks(edit);
    ownChange = false;
    offer(snapshot);
  };
  button.addEventListener('click', () => {
    const back = removed;
    if (back) return change((marks) => Object.assign(marks, back));
    const snapshot: Marks = {};
    change((marks) => {
      for (const key of keys()) {
        if (marks[key]) snapshot[key] = marks[key];
        delete marks[key];
      }
    }, snapshot);
  });
  document.addEventListener(SELF_CHECK_EVENT, () => {
    if (!ownChange) offer();
  });
}

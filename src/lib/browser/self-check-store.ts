/**
 * The reader's self-check marks ("I knew it" / "Review again"), kept in localStorage so they survive reloads and
 * are shared by every page. Storage may be blocked or hold anything: reads validate, writes never throw, and
 * when storage is unusable the marks live in memory for the page's lifetime instead.
 */
import { SELF_CHECK_STORAGE_KEY } from '../../consts';

export type Mark = 'known' | 'review';
export type Marks = Record<string, Mark>;

/** Fired on document after every change, so the widgets on the page can redraw. */
export const SELF_CHECK_EVENT = 'self-check-change';

let inMemory: Marks = {};

export function readMarks(): Marks {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SELF_CHECK_STORAGE_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, mark]) => mark === 'known' || mark === 'review'));
  } catch {
    // Unreadable storage (blocked, or not JSON): fall back to this page's own marks.
    return { ...inMemory };
  }
}

export function updateMarks(change: (marks: Marks) => void): void {
  const marks = readMarks();
  change(marks);
  inMemory = marks;
  try {
    localStorage.setItem(SELF_CHECK_STORAGE_KEY, JSON.stringify(marks));
  } catch {
    // Full or blocked storage: the marks still apply to this page.
  }
  document.dispatchEvent(new Event(SELF_CHECK_EVENT));
}

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

/**
 * A reset of self-check marks that can be taken back, for the answer toolbar and the flashcards. Kept apart from
 * self-check-store.ts, which every guide page loads for the sidebar's counts, so only the pages with a reset
 * button pay for it.
 */
import { SELF_CHECK_EVENT, updateMarks, type Marks } from './self-check-store';

/**
 * A reset that can be taken back: the first click on `button` clears the marks of `keys()` (read at click time)
 * and turns the button into "Undo reset", which puts them back. Any other change to the marks ends the chance to
 * undo, so an undo never overwrites newer marks. Used by the answer toolbar and the flashcards.
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

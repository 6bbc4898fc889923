/**
 * A reset of self-check marks that can be taken back: the first click clears the marks and turns the same button
 * into "Undo reset", which puts them back. Any other change to the marks ends the chance to undo (so an undo never
 * overwrites newer marks). Runs in the browser, for the answer toolbar and the flashcards.
 */
import { SELF_CHECK_EVENT, updateMarks, type Marks } from './self-check-store';

/** The label the button shows while an undo is on offer. */
export const UNDO_LABEL = 'Undo reset';

/** Wires `button` to clear the marks of `keys()` (read at click time), then offer to undo it. */
export function wireUndoableReset(button: HTMLButtonElement, keys: () => string[]): void {
  const resetLabel = button.textContent ?? '';
  let removed: Marks | undefined;
  let ownChange = false;
  const change = (edit: (marks: Marks) => void) => {
    ownChange = true;
    try {
      updateMarks(edit);
    } finally {
      ownChange = false;
    }
  };
  const offerUndo = (snapshot: Marks | undefined) => {
    removed = snapshot;
    button.textContent = snapshot ? UNDO_LABEL : resetLabel;
  };
  button.addEventListener('click', () => {
    if (removed) {
      const back = removed;
      change((marks) => Object.assign(marks, back));
      offerUndo(undefined);
      return;
    }
    const snapshot: Marks = {};
    change((marks) => {
      for (const key of keys()) {
        if (marks[key]) snapshot[key] = marks[key];
        delete marks[key];
      }
    });
    offerUndo(snapshot);
  });
  document.addEventListener(SELF_CHECK_EVENT, () => {
    if (!ownChange && removed) offerUndo(undefined);
  });
}

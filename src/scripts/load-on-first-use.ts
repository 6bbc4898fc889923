/**
 * Loads a widget's behaviour when the reader first touches, types in or tabs into it, or at once when something
 * of theirs is saved under `storageKey` (so a returning reader finds their work as they left it). A first visit
 * pays only for these lines. A reader quick enough to be in the widget before this ran is using it already.
 */
const FIRST_USE = ['pointerdown', 'keydown', 'focusin'];

export function loadOnFirstUse(selector: string, storageKey: string, load: () => Promise<unknown>): void {
  const onFirstUse = (event: Event) => {
    if (!(event.target as Element).closest?.(selector)) return;
    for (const type of FIRST_USE) document.removeEventListener(type, onFirstUse, true);
    void load();
  };
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(storageKey);
  } catch {
    // Storage blocked: nothing can have been saved.
  }
  if (saved || document.activeElement?.closest(selector)) void load();
  else for (const type of FIRST_USE) document.addEventListener(type, onFirstUse, true);
}

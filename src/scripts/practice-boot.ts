/**
 * Practice questions are complete HTML without JavaScript: options, and the answer with its explanation in a
 * <details>. Their behaviour (practice.ts: checking, scoring, one at a time) loads when the reader first touches,
 * types in or tabs into a question or the practice set, or at once when answers are saved in this browser, so a
 * first visit pays only for these lines and a returning reader finds their answers as they left them.
 */
import { PRACTICE_STORAGE_KEY } from '../consts';

const FIRST_USE = ['pointerdown', 'keydown', 'focusin'];
const load = () => import('./practice');

function onFirstUse(event: Event) {
  if (!(event.target as Element).closest?.('quiz-question, practice-set')) return;
  for (const type of FIRST_USE) document.removeEventListener(type, onFirstUse, true);
  void load();
}

let saved: string | null = null;
try {
  saved = localStorage.getItem(PRACTICE_STORAGE_KEY);
} catch {
  // Storage blocked: nothing can have been saved.
}
// A reader quick enough to be in a question before this module ran is using it already.
if (saved || document.activeElement?.closest('quiz-question, practice-set')) void load();
else for (const type of FIRST_USE) document.addEventListener(type, onFirstUse, true);

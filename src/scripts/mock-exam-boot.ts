/**
 * The mock exam's behaviour (components/mock-exam-element.ts) loads when the reader first touches, types in or tabs
 * into the exam, or at once when an exam is saved in this browser, so a first visit pays only for these lines.
 */
import { MOCK_EXAM_STORAGE_KEY } from '../consts';

const FIRST_USE = ['pointerdown', 'keydown', 'focusin'];
const load = () => import('../components/mock-exam-element');

function onFirstUse(event: Event) {
  if (!(event.target as Element).closest?.('mock-exam')) return;
  for (const type of FIRST_USE) document.removeEventListener(type, onFirstUse, true);
  void load();
}

let saved: string | null = null;
try {
  saved = localStorage.getItem(MOCK_EXAM_STORAGE_KEY);
} catch {
  // Storage blocked: nothing can have been saved.
}
if (saved || document.activeElement?.closest('mock-exam')) void load();
else for (const type of FIRST_USE) document.addEventListener(type, onFirstUse, true);

// A reader who starts before the behaviour has loaded (Enter straight after typing a number) starts the exam once it
// has, instead of sending the form as a plain page request.
document.addEventListener(
  'submit',
  (event) => {
    const form = (event.target as Element).closest('mock-exam form');
    if (!form || customElements.get('mock-exam')) return;
    event.preventDefault();
    void load().then(() => (form as HTMLFormElement).requestSubmit());
  },
  true,
);

/**
 * The mock exam's behaviour (components/mock-exam-element.ts) loads on first use, or at once when an exam is saved
 * in this browser (load-on-first-use.ts).
 */
import { MOCK_EXAM_STORAGE_KEY } from '../consts';
import { loadOnFirstUse } from './load-on-first-use';

const load = () => import('../components/mock-exam-element');
loadOnFirstUse('mock-exam', MOCK_EXAM_STORAGE_KEY, load);

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

/** The browser side of AnswerControls.astro (bundled into one answers script, see src/scripts/answers.ts). */
import { updateMarks } from '../lib/browser/self-check-store';

class AnswerControls extends HTMLElement {
  connectedCallback() {
    const answers = () => document.querySelectorAll<HTMLDetailsElement>('details.answer');
    const actions: Record<string, () => void> = {
      show: () => answers().forEach((answer) => (answer.open = true)),
      hide: () => answers().forEach((answer) => (answer.open = false)),
      reset: () => {
        const keys = [...document.querySelectorAll<HTMLElement>('self-check[data-key]')].map(
          (check) => check.dataset.key!,
        );
        updateMarks((marks) => keys.forEach((key) => delete marks[key]));
      },
    };
    this.addEventListener('click', (event) => {
      const action = event.target instanceof Element ? event.target.closest('button')?.dataset.action : undefined;
      if (action) actions[action]?.();
    });
    this.hidden = false;
  }
}
customElements.define('answer-controls', AnswerControls);

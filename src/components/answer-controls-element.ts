/** The browser side of AnswerControls.astro (bundled into one answers script, see src/scripts/answers.ts). */
import { wireUndoableReset } from '../lib/browser/undoable-reset';

class AnswerControls extends HTMLElement {
  connectedCallback() {
    const answers = () => document.querySelectorAll<HTMLDetailsElement>('details.answer');
    const actions: Record<string, () => void> = {
      show: () => answers().forEach((answer) => (answer.open = true)),
      hide: () => answers().forEach((answer) => (answer.open = false)),
    };
    this.addEventListener('click', (event) => {
      const action = event.target instanceof Element ? event.target.closest('button')?.dataset.action : undefined;
      if (action) actions[action]?.();
    });
    // One click away from losing every mark on the page, so the reset offers an undo.
    wireUndoableReset(this.querySelector('[data-action="reset"]')!, () =>
      [...document.querySelectorAll<HTMLElement>('self-check[data-key]')].map((check) => check.dataset.key!),
    );
    this.hidden = false;
  }
}
customElements.define('answer-controls', AnswerControls);

/** The browser side of SelfCheck.astro (bundled into one answers script, see src/scripts/answers.ts). */
import { readMarks, updateMarks, SELF_CHECK_EVENT, type Mark } from '../lib/browser/self-check-store';

const MARK_LABELS: Record<Mark, string> = { known: 'Known', review: 'Review again' };

class SelfCheck extends HTMLElement {
  connectedCallback() {
    const key = this.dataset.key!;
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-mark]')];
    // The answer's summary repeats the mark, so it shows while the answer is folded: an icon (CSS) and a label.
    const summaryMark = this.closest('details')?.querySelector<HTMLElement>('.answer-mark');
    const sync = () => {
      const mark = readMarks()[key];
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.mark === mark));
      if (!summaryMark) return;
      summaryMark.hidden = !mark;
      if (mark) summaryMark.dataset.mark = mark;
      summaryMark.textContent = mark ? MARK_LABELS[mark] : '';
    };
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const pressed = button.getAttribute('aria-pressed') === 'true';
        updateMarks((marks) => {
          // Pressing the chosen mark again takes it back.
          if (pressed) delete marks[key];
          else marks[key] = button.dataset.mark as Mark;
        });
      });
    }
    document.addEventListener(SELF_CHECK_EVENT, sync);
    // Another tab may mark answers too.
    addEventListener('storage', sync);
    sync();
    this.hidden = false;
  }
}
customElements.define('self-check', SelfCheck);

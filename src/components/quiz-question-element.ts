/**
 * <quiz-question>: the browser side of Quiz.astro. The reader picks options (click, or number keys 1–9 while the
 * question has focus), then checks with the button or Enter. Checking marks every option right or wrong, opens the
 * explanation, saves the picks (practice-store.ts) and fires `quiz-answered`; a saved answer is shown again on
 * reload. Until then the explanation stays hidden, so the reader answers before reading it.
 */
import { practiceAnswers } from '../lib/browser/practice-store';
import { isCorrect, optionIndexForKey } from '../lib/shared/quiz-score';

export class QuizQuestion extends HTMLElement {
  correct: string[] = [];
  #inputs: HTMLInputElement[] = [];

  connectedCallback() {
    this.correct = this.dataset.correct!.split(' ');
    this.#inputs = [...this.querySelectorAll<HTMLInputElement>('.quiz-choices input')];
    this.tabIndex = -1;
    this.querySelector<HTMLElement>('.quiz-check')!.hidden = false;
    this.addEventListener('change', () => this.#enableCheck());
    this.querySelector('[data-action="check"]')!.addEventListener('click', () => this.check());
    this.addEventListener('keydown', (event) => this.handleKey(event));
    const saved = practiceAnswers.read()[this.dataset.key!];
    if (saved) this.#show(saved);
    else this.reset();
  }

  get answered() {
    return this.hasAttribute('data-answered');
  }

  get right() {
    return this.getAttribute('data-answered') === 'right';
  }

  /** Number keys pick an option, Enter checks; called for keys pressed inside the question or sent by the set. */
  handleKey(event: KeyboardEvent) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || this.answered) return;
    const index = optionIndexForKey(event.key, this.#inputs.length);
    const target = event.target as HTMLElement;
    if (index !== undefined) {
      const input = this.#inputs[index]!;
      input.checked = input.type === 'radio' || !input.checked;
      input.focus();
      this.#enableCheck();
      event.preventDefault();
    } else if (event.key === 'Enter' && !target.closest('a, summary, button')) {
      this.check();
      event.preventDefault();
    }
  }

  check() {
    const picks = this.#inputs.filter((input) => input.checked).map((input) => input.value);
    if (picks.length === 0) {
      this.#feedback('Pick an option first.');
      return;
    }
    practiceAnswers.update((answers) => (answers[this.dataset.key!] = picks));
    this.#show(picks);
    this.dispatchEvent(new Event('quiz-answered', { bubbles: true }));
  }

  /** Back to unanswered: options cleared and enabled, explanation hidden. The saved answer is the caller's. */
  reset() {
    this.removeAttribute('data-answered');
    for (const input of this.#inputs) {
      input.checked = false;
      input.disabled = false;
      input.closest('li')!.removeAttribute('data-result');
    }
    const details = this.querySelector('details')!;
    details.open = false;
    details.hidden = true;
    this.querySelector<HTMLElement>('[data-action="check"]')!.hidden = false;
    this.#feedback('');
    this.#enableCheck();
  }

  #show(picks: string[]) {
    const right = isCorrect(this.correct, picks);
    this.setAttribute('data-answered', right ? 'right' : 'wrong');
    for (const input of this.#inputs) {
      input.checked = picks.includes(input.value);
      input.disabled = true;
      const result = this.correct.includes(input.value) ? 'right' : input.checked ? 'wrong' : null;
      if (result) input.closest('li')!.dataset.result = result;
    }
    const details = this.querySelector('details')!;
    details.hidden = false;
    details.open = true;
    this.querySelector<HTMLElement>('[data-action="check"]')!.hidden = true;
    const answer = this.correct.map((letter) => letter.toUpperCase()).join(', ');
    this.#feedback(right ? `Correct: ${answer}.` : `Not quite. The answer is ${answer}.`);
  }

  #enableCheck() {
    const button = this.querySelector<HTMLButtonElement>('[data-action="check"]')!;
    button.disabled = !this.#inputs.some((input) => input.checked);
  }

  #feedback(text: string) {
    this.querySelector('.quiz-feedback')!.textContent = text;
  }
}

customElements.define('quiz-question', QuizQuestion);

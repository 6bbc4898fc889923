/**
 * <quiz-question>: the browser side of Quiz.astro, loaded on the reader's first use (see src/scripts/practice-boot.ts).
 * The reader picks options (click, or number keys 1–9 in the order shown while the question has focus), then checks
 * with the button or Enter. Checking marks every option (a right one picked, a right one missed, a wrong one picked),
 * opens the explanation, saves the picks (practice-store.ts) and fires `quiz-answered`; a saved answer is shown again
 * on reload. Opening "Show answer" before answering is allowed at any time, also before this script has loaded: it
 * counts the question as missed, saved as an empty answer.
 */
import { practiceAnswers } from '../lib/browser/practice-store';
import { isCorrect, optionIndexForKey } from '../lib/shared/quiz-answer';
import { orderQuizOptions } from '../lib/shared/quiz-order';
import { markChoices } from '../lib/browser/quiz-marks';

export class QuizQuestion extends HTMLElement {
  #inputs: HTMLInputElement[] = [];

  connectedCallback() {
    this.#inputs = [...this.querySelectorAll('input')];
    this.tabIndex = -1;
    this.#part('.quiz-check').hidden = false;
    this.onchange = () => this.#enableCheck();
    this.#part('button').onclick = () => this.check();
    this.onkeydown = (event) => this.handleKey(event);
    const details = this.querySelector('details')!;
    details.ontoggle = () => {
      if (details.open && !this.result) this.#answer([]);
    };
    // Options the reader picked before this script loaded stay picked; an answer opened before then is a reveal.
    const saved = practiceAnswers.read()[this.dataset.key!];
    if (!saved && details.open) this.#answer([]);
    else this.show(saved, false);
  }

  /** A new order of the options for this reader (a retry), and the number keys follow it. */
  reshuffle() {
    orderQuizOptions(this, true);
    this.#inputs = [...this.querySelectorAll('input')];
  }

  #part = (selector: string) => this.querySelector<HTMLElement>(selector)!;

  /** "right" or "wrong" once checked, "" before. */
  get result() {
    return this.dataset.result ?? '';
  }

  /** Number keys pick an option, Enter checks; called for keys pressed inside the question or sent by the set. */
  handleKey(event: KeyboardEvent) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || this.result) return;
    const input = this.#inputs[optionIndexForKey(event.key, this.#inputs.length) ?? -1];
    if (input) {
      input.checked = input.type === 'radio' || !input.checked;
      input.focus();
      this.#enableCheck();
    } else if (event.key === 'Enter' && !(event.target as Element).closest('a, summary, button')) {
      this.check();
    } else return;
    event.preventDefault();
  }

  check() {
    const picks = this.#inputs.filter((input) => input.checked).map((input) => input.value);
    if (picks.length > 0) this.#answer(picks);
  }

  /** Saves and shows an answer: the picked options, or none when the reader revealed the answer. */
  #answer(picks: string[]) {
    practiceAnswers.update((answers) => (answers[this.dataset.key!] = picks));
    this.show(picks);
    this.dispatchEvent(new Event('quiz-answered', { bubbles: true }));
  }

  /**
   * Shows the question answered with `picks` (empty: revealed without answering); without, unanswered: the
   * explanation closed, options cleared if `clear`.
   */
  show(picks?: string[], clear = true) {
    const correct = this.dataset.correct!.split(' ');
    this.dataset.result = picks ? (isCorrect(correct, picks) ? 'right' : 'wrong') : '';
    for (const input of this.#inputs) {
      if (picks || clear) input.checked = !!picks?.includes(input.value);
      input.disabled = !!picks;
    }
    markChoices(this.#inputs, correct, !!picks);
    const details = this.querySelector('details')!;
    if (picks || clear) details.open = !!picks;
    this.#part('button').hidden = !!picks;
    this.#part('.quiz-feedback').textContent = !picks
      ? ''
      : picks.length === 0
        ? 'You revealed the answer: counted as missed.'
        : this.result === 'right'
          ? 'Correct.'
          : 'Not quite: the answer and why are below.';
    this.#enableCheck();
  }

  #enableCheck() {
    (this.#part('button') as HTMLButtonElement).disabled = !this.#inputs.some((input) => input.checked);
  }
}

customElements.define('quiz-question', QuizQuestion);

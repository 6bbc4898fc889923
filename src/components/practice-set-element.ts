/**
 * <practice-set>: the practice page's behaviour (PracticeSet.astro), loaded when the reader first uses the set. It
 * shows all the questions or one at a time, keeps count, and once every shown question is answered shows the score, links to the missed questions and
 * offers "Review the ones I missed" (those questions again, cleared) and "Start again" (all, cleared). Answers are
 * saved by each question, so a reload comes back to the same place.
 */
import { practiceAnswers } from '../lib/browser/practice-store';
import { percentOf } from '../lib/shared/quiz-score';
import type { QuizQuestion } from './quiz-question-element';

class PracticeSet extends HTMLElement {
  #all: QuizQuestion[] = [];
  #shown: QuizQuestion[] = [];
  #index = 0;
  #oneAtATime = false;

  connectedCallback() {
    this.#all = this.#shown = [...this.querySelectorAll<QuizQuestion>('quiz-question')];
    this.#part('.practice-bar').hidden = false;
    this.onclick = (event) => this.#onClick((event.target as Element).closest('button'));
    this.addEventListener('quiz-answered', () => this.#render(true));
    // In one-at-a-time mode the keys reach the question on screen wherever focus is, except in another control.
    document.addEventListener('keydown', (event) => {
      if (this.#oneAtATime && !(event.target as Element).closest('quiz-question, input, select, textarea')) {
        this.#shown[this.#index]?.handleKey(event);
      }
    });
    addEventListener('hashchange', () => this.#goToHash());
    this.#index = Math.max(
      0,
      this.#all.findIndex((question) => !question.result),
    );
    this.#goToHash();
    this.#render();
  }

  #part = (selector: string) => this.querySelector<HTMLElement>(selector)!;

  #onClick(button: HTMLButtonElement | null) {
    const { mode, action } = button?.dataset ?? {};
    if (mode) {
      this.#oneAtATime = mode === 'one';
      for (const other of this.querySelectorAll('[data-mode]')) other.ariaPressed = String(other === button);
    }
    if (action === 'previous' || action === 'next') this.#index += action === 'next' ? 1 : -1;
    if (action === 'review') this.#restart(this.#shown.filter((question) => question.result !== 'right'));
    if (action === 'restart') this.#restart(this.#all);
    if (mode || action) this.#render();
    if (action === 'previous' || action === 'next') this.#shown[this.#index]!.focus();
  }

  /** Clears the saved answers of `questions` and practises just those, from the first. */
  #restart(questions: QuizQuestion[]) {
    practiceAnswers.update((answers) => questions.forEach((question) => delete answers[question.dataset.key!]));
    questions.forEach((question) => {
      question.show();
      // A retry gets a new order of the options, so the reader cannot answer from where the right one stood.
      question.reshuffle();
    });
    this.#shown = questions;
    this.#index = 0;
    this.#render();
    questions[0]!.focus();
  }

  /** A link to a question (#quiz-…) shows that question, in one-at-a-time mode too. */
  #goToHash() {
    const question = this.#all.find((q) => `#${q.id}` === decodeURIComponent(location.hash));
    if (!question) return;
    if (!this.#shown.includes(question)) this.#shown = this.#all;
    this.#index = this.#shown.indexOf(question);
    this.#render();
  }

  /** Shows the right questions and counts; `answering` is true when the reader has just checked an answer. */
  #render(answering = false) {
    const shown = this.#shown;
    const current = shown[this.#index];
    const answered = shown.filter((question) => question.result).length;
    for (const question of this.#all) {
      question.hidden = !shown.includes(question) || (this.#oneAtATime && question !== current);
    }
    const nav = this.#part('.practice-nav');
    nav.hidden = !this.#oneAtATime;
    (nav.firstElementChild as HTMLButtonElement).disabled = this.#index === 0;
    (nav.lastElementChild as HTMLButtonElement).disabled = this.#index === shown.length - 1;
    this.#part('.practice-progress').textContent =
      (this.#oneAtATime ? `Question ${this.#index + 1} of ${shown.length}. ` : '') +
      `${answered} of ${shown.length} answered.`;

    const score = this.#part('.practice-score');
    const appearing = score.hidden && answered === shown.length;
    score.hidden = answered < shown.length;
    const missed = this.#all.filter((question) => question.result !== 'right');
    const right = this.#all.length - missed.length;
    this.#part('.practice-score-text').textContent =
      `You got ${right} of ${this.#all.length} right (${percentOf(right, this.#all.length)} %).`;
    this.#part('.practice-missed').hidden = this.#part('[data-action="review"]').hidden = !missed.length;
    this.#part('.practice-missed ul').innerHTML = missed
      .map((question) => `<li><a href="#${question.id}">${question.querySelector('legend a')!.textContent}</a></li>`)
      .join('');
    // The score appears when the last question is answered: take the reader there.
    if (appearing && answering) this.#part('#practice-score-heading').focus();
  }
}

customElements.define('practice-set', PracticeSet);

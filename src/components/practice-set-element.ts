/**
 * <practice-set>: the practice page's behaviour (PracticeSet.astro). It shows one question at a time or all of
 * them, keeps count, and once every shown question is answered shows the score, links to the missed questions and
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
  #oneAtATime = true;

  connectedCallback() {
    this.#all = [...this.querySelectorAll<QuizQuestion>('quiz-question')];
    this.#shown = this.#all;
    this.#part('.practice-bar').hidden = false;
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('quiz-answered', () => this.#render(true));
    // In one-at-a-time mode the keys reach the question on screen wherever focus is, except in another control.
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (this.#oneAtATime && !target.closest('quiz-question, input, select, textarea'))
        this.#current()?.handleKey(event);
    });
    const firstOpen = this.#all.findIndex((question) => !question.answered);
    this.#index = firstOpen === -1 ? this.#all.length - 1 : firstOpen;
    this.#goToHash();
    addEventListener('hashchange', () => this.#goToHash());
    this.#render();
  }

  #part = (selector: string) => this.querySelector<HTMLElement>(selector)!;
  #current = () => this.#shown[this.#index];

  #onClick(event: Event) {
    const button = (event.target as HTMLElement).closest('button');
    const mode = button?.dataset.mode;
    if (mode) {
      this.#oneAtATime = mode === 'one';
      for (const b of this.querySelectorAll('[data-mode]')) b.setAttribute('aria-pressed', String(b === button));
      this.#render();
    }
    const action = button?.dataset.action;
    if (action === 'previous' || action === 'next') this.#move(action === 'next' ? 1 : -1);
    else if (action === 'review') this.#restart(this.#shown.filter((question) => !question.right));
    else if (action === 'restart') this.#restart(this.#all);
  }

  #move(step: number) {
    this.#index = Math.min(Math.max(this.#index + step, 0), this.#shown.length - 1);
    this.#render();
    this.#current()!.focus();
  }

  /** Clears the saved answers of `questions` and practises just those, from the first. */
  #restart(questions: QuizQuestion[]) {
    practiceAnswers.update((answers) => questions.forEach((question) => delete answers[question.dataset.key!]));
    questions.forEach((question) => question.reset());
    this.#shown = questions;
    this.#index = 0;
    this.#render();
    questions[0]!.focus();
  }

  /** A link to a question (#quiz-…) shows that question, in one-at-a-time mode too. */
  #goToHash() {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const question = target ? target.closest<QuizQuestion>('quiz-question') : null;
    if (!question || !this.contains(question)) return;
    if (!this.#shown.includes(question)) this.#shown = this.#all;
    this.#index = this.#shown.indexOf(question);
    this.#render();
  }

  /** Shows the right questions and counts; `answering` is true when the reader has just checked an answer. */
  #render(answering = false) {
    const shown = this.#shown;
    const answered = shown.filter((question) => question.answered).length;
    for (const question of this.#all) {
      question.hidden = !shown.includes(question) || (this.#oneAtATime && question !== this.#current());
    }
    const nav = this.#part('.practice-nav');
    nav.hidden = !this.#oneAtATime;
    nav.querySelector<HTMLButtonElement>('[data-action="previous"]')!.disabled = this.#index === 0;
    nav.querySelector<HTMLButtonElement>('[data-action="next"]')!.disabled = this.#index === shown.length - 1;
    this.#part('.practice-progress').textContent =
      (this.#oneAtATime ? `Question ${this.#index + 1} of ${shown.length}. ` : '') +
      `${answered} of ${shown.length} answered.`;

    const done = answered === shown.length;
    const score = this.#part('.practice-score');
    const wasHidden = score.hidden;
    score.hidden = !done;
    if (!done) return;
    const right = this.#all.filter((question) => question.right).length;
    const missed = this.#all.filter((question) => !question.right);
    this.#part('.practice-score-text').textContent =
      `You got ${right} of ${this.#all.length} right (${percentOf(right, this.#all.length)} %).`;
    this.#part('.practice-missed').hidden = missed.length === 0;
    this.#part('.practice-missed ul').replaceChildren(
      ...missed.map((question) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#${question.id}`;
        link.textContent = question.querySelector('.quiz-legend a')!.textContent!;
        item.append(link, ` — ${question.querySelector('.quiz-stem')!.textContent!.trim().slice(0, 90)}…`);
        return item;
      }),
    );
    this.#part('[data-action="review"]').hidden = missed.length === 0;
    // The score appears once, when the last question is answered: take the reader there.
    if (wasHidden && answering) this.#part('#practice-score-heading').focus();
  }
}

customElements.define('practice-set', PracticeSet);

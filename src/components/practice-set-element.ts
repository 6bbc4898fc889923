/**
 * <practice-set>: the practice page's behaviour (PracticeSet.astro), loaded when the reader first uses the set. It
 * shows all the questions or one at a time, keeps a running "right of answered" count, and once every shown question
 * is answered shows the score, links to the missed questions and offers "Review the ones I missed" and "Start again"
 * (all, cleared). A review asks the missed questions again, in a new order of options, but keeps their old answers
 * (and the score) until each is answered anew; the questions still to review are in the address (`?review=id,id`),
 * so a reload or a shared link comes back to the same review. Answers are saved by each question.
 */
import { practiceAnswers } from '../lib/browser/practice-store';
import { scoreSet } from '../lib/shared/quiz-score';
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
    this.addEventListener('quiz-answered', (event) => {
      this.#reviewed(event.target as QuizQuestion);
      this.#render(true);
    });
    // In one-at-a-time mode the keys reach the question on screen wherever focus is, except in another control.
    document.addEventListener('keydown', (event) => {
      if (this.#oneAtATime && !(event.target as Element).closest('quiz-question, input, select, textarea')) {
        this.#shown[this.#index]?.handleKey(event);
      }
    });
    addEventListener('hashchange', () => this.#goToHash());
    const pending = this.#pendingReview();
    if (pending.length > 0) {
      // Back in a review: its questions are asked again, their old answers kept until answered anew.
      pending.forEach((question) => question.show());
      this.#shown = pending;
    }
    this.#index = Math.max(
      0,
      this.#shown.findIndex((question) => !question.result),
    );
    this.#goToHash();
    this.#render();
  }

  /** The questions of the review in progress, from the address (`?review=id,id`). */
  #pendingReview(): QuizQuestion[] {
    const ids = new URL(location.href).searchParams.get('review')?.split(',') ?? [];
    return this.#all.filter((question) => ids.includes(question.id.replace(/^quiz-/, '')));
  }

  /** Writes the questions still to review into the address, or removes the parameter when none is left. */
  #setPendingReview(questions: QuizQuestion[]) {
    const url = new URL(location.href);
    if (questions.length > 0)
      url.searchParams.set('review', questions.map((q) => q.id.replace(/^quiz-/, '')).join(','));
    else url.searchParams.delete('review');
    history.replaceState(history.state, '', url);
  }

  /** A question answered during a review has been reviewed. */
  #reviewed(question: QuizQuestion) {
    const pending = this.#pendingReview();
    if (pending.includes(question)) this.#setPendingReview(pending.filter((other) => other !== question));
  }

  #part = (selector: string) => this.querySelector<HTMLElement>(selector)!;

  #onClick(button: HTMLButtonElement | null) {
    const { mode, action } = button?.dataset ?? {};
    if (mode) {
      this.#oneAtATime = mode === 'one';
      for (const other of this.querySelectorAll('[data-mode]')) other.ariaPressed = String(other === button);
    }
    if (action === 'previous' || action === 'next') this.#index += action === 'next' ? 1 : -1;
    if (action === 'review') this.#review(this.#all.filter((question) => question.result !== 'right'));
    if (action === 'restart') this.#restart();
    if (mode || action) this.#render();
    if (action === 'previous' || action === 'next') this.#shown[this.#index]!.focus();
  }

  /** Asks `questions` again, from the first, keeping their saved answers until each is answered anew. */
  #review(questions: QuizQuestion[]) {
    this.#setPendingReview(questions);
    this.#askAgain(questions);
  }

  /** Clears every saved answer of the set and starts from the first question. */
  #restart() {
    practiceAnswers.update((answers) => this.#all.forEach((question) => delete answers[question.dataset.key!]));
    this.#setPendingReview([]);
    this.#askAgain(this.#all);
  }

  #askAgain(questions: QuizQuestion[]) {
    questions.forEach((question) => {
      question.show();
      // A retry gets a new order of the options, so the reader cannot answer from where the right one stood.
      question.reshuffle();
    });
    this.#shown = questions;
    this.#index = 0;
    this.#render();
    // Start-aligned, so the page's scroll padding keeps the question's first line clear of the sticky header.
    questions[0]!.scrollIntoView({ block: 'start' });
    questions[0]!.focus({ preventScroll: true });
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
    // The running score counts every question of the set as saved, so a review in progress keeps the old answers.
    const score = scoreSet(
      this.#all.map((question) => ({ id: question.dataset.key!, correct: question.dataset.correct!.split(' ') })),
      practiceAnswers.read(),
    );
    this.#part('.practice-progress').textContent =
      (this.#oneAtATime ? `Question ${this.#index + 1} of ${shown.length}. ` : '') +
      (shown.length < this.#all.length ? `Reviewing ${answered} of ${shown.length}. ` : '') +
      (score.answered === 0
        ? `${score.total} questions, none answered yet.`
        : `${score.correct} right of ${score.answered} answered (${score.percent} %), ${score.total - score.answered} to go.`);

    const panel = this.#part('.practice-score');
    const appearing = panel.hidden && answered === shown.length;
    panel.hidden = answered < shown.length;
    const missed = this.#all.filter((question) => question.result !== 'right');
    this.#part('.practice-score-text').textContent =
      `You got ${score.correct} of ${score.total} right (${score.percent} %).`;
    this.#part('.practice-missed').hidden = this.#part('[data-action="review"]').hidden = !missed.length;
    this.#part('.practice-missed ul').innerHTML = missed
      .map((question) => `<li><a href="#${question.id}">${question.querySelector('legend a')!.textContent}</a></li>`)
      .join('');
    // The score appears when the last question is answered: take the reader there.
    if (appearing && answering) this.#part('#practice-score-heading').focus();
  }
}

customElements.define('practice-set', PracticeSet);

/**
 * <study-progress>: fills in StudyProgress.astro from this browser's storage — checkpoint marks (self-check store),
 * practice answers scored as the exam does, and flashcards due today — and resets all three after the reader confirms.
 */
import { readMarks, updateMarks } from '../lib/browser/self-check-store';
import { practiceAnswers } from '../lib/browser/practice-store';
import { cardSchedule, dueToday } from '../lib/browser/card-schedule-store';
import { scoreSet } from '../lib/shared/quiz-score';
import { progressText } from '../lib/shared/progress-text';

interface Progress {
  answers: string[];
  questions: { key: string; correct: string[] }[];
  cards: string[];
}

class StudyProgress extends HTMLElement {
  #data!: Progress;

  connectedCallback() {
    this.#data = JSON.parse(this.dataset.progress!);
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset.action;
      if (action === 'ask' || action === 'cancel') this.#confirming(action === 'ask');
      if (action === 'reset') this.#reset();
    });
    this.querySelector<HTMLElement>('.study-progress-reset')!.hidden = false;
    this.#render();
    // Back from a study page, the browser may show this page as it was: count again.
    addEventListener('pageshow', (event) => event.persisted && this.#render());
  }

  #part = (name: string) => this.querySelector<HTMLElement>(`[data-part="${name}"]`);

  #confirming(asking: boolean) {
    this.#part('confirm')!.hidden = !asking;
    this.querySelector<HTMLButtonElement>('[data-action="ask"]')!.hidden = asking;
    this.querySelector<HTMLButtonElement>(`[data-action="${asking ? 'cancel' : 'ask'}"]`)!.focus();
  }

  #reset() {
    const { answers, questions, cards } = this.#data;
    updateMarks((marks) => [...answers, ...cards].forEach((key) => delete marks[key]));
    practiceAnswers.update((saved) => questions.forEach(({ key }) => delete saved[key]));
    cardSchedule.update((states) => cards.forEach((key) => delete states[key]));
    this.#confirming(false);
    this.#render();
  }

  #render() {
    const { answers, questions, cards } = this.#data;
    const marks = readMarks();
    const known = answers.filter((key) => marks[key] === 'known').length;
    const review = answers.filter((key) => marks[key] === 'review').length;
    const answered = practiceAnswers.read();
    const score = scoreSet(
      questions.map(({ key, correct }) => ({ id: key, correct })),
      answered,
    );
    const text = progressText({
      answers: { total: answers.length, known, review },
      practice: { score },
      cards: { total: cards.length, due: dueToday(cards).length },
    });
    for (const [name, value] of Object.entries(text)) {
      const part = this.#part(name);
      if (part) part.textContent = value;
    }
  }
}

customElements.define('study-progress', StudyProgress);

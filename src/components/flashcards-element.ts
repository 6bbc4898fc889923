/**
 * <flash-cards>: the drill behaviour for Flashcards.astro (kept apart so the component stays readable). Marks share
 * the self-check store with the checkpoint answers ("Again" is its "review"), under keys prefixed by the deck.
 */
import { readMarks, updateMarks, type Mark, type Marks } from '../lib/self-check-store';
import { cardSchedule, dueToday } from '../lib/browser/card-schedule-store';
import { dayNumber } from '../lib/shared/card-due';

interface DeckCard {
  key: string;
  front: string;
  back: string;
}

class FlashCards extends HTMLElement {
  #deckCards: DeckCard[] = [];
  /** The cards being drilled: the whole deck, or in "study due cards" the queue of due cards (leitner.ts). */
  #cards: DeckCard[] = [];
  #studyingDue = false;
  #index = 0;
  #flipped = false;
  #deck = '';
  #marks: Marks = {};

  connectedCallback() {
    this.#deck = this.dataset.deck!;
    this.#marks = readMarks();
    this.#deckCards = [...this.querySelectorAll<HTMLLIElement>('.card-list > li')].map((item) => ({
      key: `${this.#deck}:${item.dataset.key}`,
      front: item.querySelector('.card-front')!.textContent!.trim(),
      back: [...item.querySelectorAll('.card-back > p:not(.card-source)')].map((p) => p.textContent!.trim()).join(' '),
    }));
    this.#cards = [...this.#deckCards];

    const deck = this.querySelector<HTMLElement>('.deck')!;
    this.querySelector('.deck-card')!.addEventListener('click', () => this.#flip());
    this.querySelector('.deck-controls')!.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset.action;
      if (action === 'previous') this.#move(-1);
      else if (action === 'next') this.#move(1);
      else if (action === 'shuffle') this.#shuffle();
      else if (action === 'reset') this.#reset();
      else if (action === 'known' || action === 'review') this.#toggleMark(action);
      else if (action === 'due') this.#studyDue();
    });
    deck.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      this.#move(event.key === 'ArrowLeft' ? -1 : 1);
    });
    deck.hidden = false;
    this.#render();
  }

  #flip() {
    this.#flipped = !this.#flipped;
    this.#render();
  }

  #move(step: number) {
    this.#index = (this.#index + step + this.#cards.length) % this.#cards.length;
    this.#flipped = false;
    this.#render();
  }

  #shuffle() {
    // Fisher–Yates, then start again from the first card.
    for (let i = this.#cards.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [this.#cards[i], this.#cards[j]] = [this.#cards[j]!, this.#cards[i]!];
    }
    this.#index = 0;
    this.#flipped = false;
    this.#render();
  }

  #toggleMark(mark: Mark) {
    const key = this.#cards[this.#index]!.key;
    if (this.#studyingDue) return void this.#answerDue(key, mark);
    // A new mark also moves the card in the schedule; a mark taken back leaves the card where it is.
    if (this.#marks[key] !== mark) void this.#schedule(key, mark);
    this.#update((marks) => {
      if (marks[key] === mark) delete marks[key];
      else marks[key] = mark;
    });
  }

  /** Forgets the deck's marks and schedule: every card is new, and due, again. */
  #reset() {
    cardSchedule.update((states) => this.#deckCards.forEach((card) => delete states[card.key]));
    this.#studyingDue = false;
    this.#cards = [...this.#deckCards];
    this.#index = 0;
    this.#update((marks) => this.#deckCards.forEach((card) => delete marks[card.key]));
  }

  /**
   * Moves a card in the Leitner schedule. The moves load with the reader's first mark (counting the due cards, all
   * the deck needs on arrival, is in card-due.ts).
   */
  async #schedule(key: string, mark: Mark) {
    const { schedule } = await import('../lib/shared/leitner');
    const today = dayNumber(new Date());
    cardSchedule.update((states) => (states[key] = schedule(states[key], mark, today)));
    this.#render();
  }

  /** Drills the cards due today: Again sends a card to the back of the queue, Known takes it out. */
  #studyDue() {
    const due = new Set(dueToday(this.#deckCards.map((card) => card.key)));
    this.#cards = this.#deckCards.filter((card) => due.has(card.key));
    this.#studyingDue = this.#cards.length > 0;
    if (!this.#studyingDue) this.#cards = [...this.#deckCards];
    this.#index = 0;
    this.#flipped = false;
    this.#render();
  }

  async #answerDue(key: string, mark: Mark) {
    const { nextQueue, schedule } = await import('../lib/shared/leitner');
    // A second press while the first was loading finds another card at the front, and is ignored.
    if (this.#cards[0]?.key !== key) return;
    const today = dayNumber(new Date());
    cardSchedule.update((states) => (states[key] = schedule(states[key], mark, today)));
    updateMarks((marks) => (marks[key] = mark));
    this.#marks = readMarks();
    const queue = nextQueue(
      this.#cards.map((card) => card.key),
      key,
      mark,
    );
    this.#cards = queue.map((k) => this.#deckCards.find((card) => card.key === k)!);
    this.#studyingDue = this.#cards.length > 0;
    if (!this.#studyingDue) this.#cards = [...this.#deckCards];
    this.#index = 0;
    this.#flipped = false;
    this.#render();
  }

  #update(change: (marks: Marks) => void) {
    updateMarks(change);
    this.#marks = readMarks();
    this.#render();
  }

  #render() {
    const card = this.#cards[this.#index]!;
    const button = this.querySelector<HTMLElement>('.deck-card')!;
    button.toggleAttribute('data-flipped', this.#flipped);
    this.querySelector('.deck-side')!.textContent = this.#flipped ? 'Answer' : 'Term';
    this.querySelector('.deck-face')!.textContent = this.#flipped ? card.back : card.front;
    for (const mark of ['known', 'review'] as const) {
      this.querySelector(`[data-action="${mark}"]`)!.setAttribute(
        'aria-pressed',
        String(this.#marks[card.key] === mark),
      );
    }
    const known = this.#deckCards.filter((c) => this.#marks[c.key] === 'known').length;
    const due = dueToday(this.#deckCards.map((c) => c.key)).length;
    // While studying due cards, Known takes a card out of the queue and Again sends it to the back.
    this.querySelector('.deck-due')!.textContent = this.#studyingDue
      ? `Due cards left: ${this.#cards.length}.`
      : `Cards due today: ${due}.`;
    this.querySelector<HTMLButtonElement>('[data-action="due"]')!.disabled = this.#studyingDue || !due;
    const progress = `Card ${this.#index + 1} of ${this.#cards.length}, ${known} known.`;
    this.querySelector('.deck-progress')!.textContent = progress;
    // The live region reads out what changed, so a screen-reader user hears each card and each flip.
    this.querySelector('.deck-announce')!.textContent =
      `${progress} ${this.#flipped ? `Answer: ${card.back}` : `Term: ${card.front}`}`;
  }
}

customElements.define('flash-cards', FlashCards);

/**
 * <flash-cards>: the drill behaviour for Flashcards.astro (kept apart so the component stays readable). Marks share
 * the self-check store with the checkpoint answers ("Again" is its "review"), under keys prefixed by the deck.
 */
import { readMarks, updateMarks, type Mark, type Marks } from '../lib/browser/self-check-store';

interface DeckCard {
  key: string;
  front: string;
  back: string;
}

class FlashCards extends HTMLElement {
  #cards: DeckCard[] = [];
  #index = 0;
  #flipped = false;
  #deck = '';
  #marks: Marks = {};

  connectedCallback() {
    this.#deck = this.dataset.deck!;
    this.#marks = readMarks();
    this.#cards = [...this.querySelectorAll<HTMLLIElement>('.card-list > li')].map((item) => ({
      key: `${this.#deck}:${item.dataset.key}`,
      front: item.querySelector('.card-front')!.textContent!.trim(),
      back: [...item.querySelectorAll('.card-back > p:not(.card-source)')].map((p) => p.textContent!.trim()).join(' '),
    }));

    const deck = this.querySelector<HTMLElement>('.deck')!;
    this.querySelector('.deck-card')!.addEventListener('click', () => this.#flip());
    this.querySelector('.deck-controls')!.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset.action;
      if (action === 'previous') this.#move(-1);
      else if (action === 'next') this.#move(1);
      else if (action === 'shuffle') this.#shuffle();
      else if (action === 'reset') this.#update((marks) => this.#cards.forEach((card) => delete marks[card.key]));
      else if (action === 'known' || action === 'review') this.#toggleMark(action);
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
    this.#update((marks) => {
      if (marks[key] === mark) delete marks[key];
      else marks[key] = mark;
    });
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
    const known = this.#cards.filter((c) => this.#marks[c.key] === 'known').length;
    const progress = `Card ${this.#index + 1} of ${this.#cards.length}, ${known} known.`;
    this.querySelector('.deck-progress')!.textContent = progress;
    // The live region reads out what changed, so a screen-reader user hears each card and each flip.
    this.querySelector('.deck-announce')!.textContent =
      `${progress} ${this.#flipped ? `Answer: ${card.back}` : `Term: ${card.front}`}`;
  }
}

customElements.define('flash-cards', FlashCards);

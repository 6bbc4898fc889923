/**
 * <flash-cards>: the drill behaviour for Flashcards.astro (kept apart so the component stays readable). Marks share
 * the self-check store with the checkpoint answers ("Again" is its "review"), under keys prefixed by the deck.
 */
import { readMarks, updateMarks, SELF_CHECK_EVENT, type Mark, type Marks } from '../lib/browser/self-check-store';
import { wireUndoableReset } from '../lib/browser/undoable-reset';

/** Keys typed here are the reader's text (or another widget's, such as the search dialog), not drill commands. */
const isFormField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || !!el.closest('input, textarea, select, dialog'));
/** Space and Enter already press these (the card itself too: its click flips it), so they are left alone. */
const isControl = (el: EventTarget | null) =>
  el instanceof HTMLElement && !!el.closest('button, a, summary, [role="button"]');

type Schedule = typeof import('../lib/browser/flashcard-schedule');

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
  /** The Leitner schedule, loaded with the first mark or "Study due cards" (or at once when one is saved). */
  #schedule?: Schedule;

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
    deck.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset.action;
      if (action === 'previous') this.#move(-1);
      else if (action === 'next') this.#move(1);
      else if (action === 'shuffle') this.#shuffle();
      else if (action === 'known' || action === 'review') this.#toggleMark(action);
      else if (action === 'due') this.#studyDue();
    });
    const reset = this.querySelector<HTMLButtonElement>('.deck-reset')!;
    wireUndoableReset(reset, () => this.#deckCards.map((card) => card.key));
    // Runs after the undoable reset's own listener: when it has just reset (it now offers the undo), the deck's
    // schedule is forgotten too, so every card is new, and due, again. An undo brings back the marks only.
    reset.addEventListener('click', () => {
      if (reset.textContent !== 'Undo reset') return;
      this.#drill([]);
      void this.#loadSchedule().then((schedule) => schedule.forget(this.#deckCards.map((card) => card.key)));
    });
    document.addEventListener(SELF_CHECK_EVENT, () => {
      this.#marks = readMarks();
      this.#render();
    });
    // The drill is the page: its keys work from the moment it loads, without tabbing to the card first.
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isFormField(event.target)) return;
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') this.#move(event.key === 'ArrowLeft' ? -1 : 1);
      else if ((event.key === ' ' || event.key === 'Enter') && !isControl(event.target)) this.#flip();
      else return;
      event.preventDefault();
    });
    deck.hidden = false;
    // The schedule store fires this after each change, so the due count follows.
    document.addEventListener('card-schedule-change', () => this.#render());
    this.#render();
    // Until the schedule loads, the count rendered on the server (every card due) is right for a reader who has
    // marked no card; one who has has a schedule, so it loads now.
    if (this.#deckCards.some((card) => this.#marks[card.key])) void this.#loadSchedule();
  }

  async #loadSchedule() {
    this.#schedule ??= await import('../lib/browser/flashcard-schedule');
    this.#render();
    return this.#schedule;
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

  async #toggleMark(mark: Mark) {
    const card = this.#cards[this.#index]!;
    const { key } = card;
    // Pressing the mark a card already has takes it back (a slip of the finger), unless the card is due again: then
    // it is today's answer, and moves the card on in the schedule. Only that case waits for the schedule to load; a
    // new mark shows at once.
    const marked =
      !this.#studyingDue && this.#marks[key] === mark && (await this.#loadSchedule()).dueToday([key]).length === 0;
    // Studying due cards, Known takes the card out of the queue and Again sends it to the back, to come round again.
    if (this.#studyingDue)
      this.#drill([...this.#cards.filter((c) => c !== card), ...(mark === 'review' ? [card] : [])]);
    this.#update((marks) => (marked ? delete marks[key] : (marks[key] = mark)));
    // A mark taken back leaves the card where it is in the schedule.
    if (!marked) (await this.#loadSchedule()).scheduleMark(key, mark);
  }

  /** Drills the cards due today, in deck order. */
  async #studyDue() {
    const due = (await this.#loadSchedule()).dueToday(this.#deckCards.map((card) => card.key));
    this.#drill(this.#deckCards.filter((card) => due.includes(card.key)));
    this.#render();
  }

  /** Drills the queue of due cards `due`, or the whole deck when it is empty. */
  #drill(due: DeckCard[]) {
    this.#studyingDue = due.length > 0;
    this.#cards = this.#studyingDue ? due : [...this.#deckCards];
    this.#index = 0;
    this.#flipped = false;
  }

  #update(change: (marks: Marks) => void) {
    // The SELF_CHECK_EVENT listener redraws.
    updateMarks(change);
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
    const due = this.#schedule?.dueToday(this.#deckCards.map((c) => c.key)).length;
    const dueText = this.querySelector('.deck-due')!;
    if (this.#studyingDue) dueText.textContent = `Due cards left: ${this.#cards.length}.`;
    else if (due !== undefined) dueText.textContent = `Cards due today: ${due}.`;
    this.querySelector<HTMLButtonElement>('[data-action="due"]')!.disabled = this.#studyingDue || due === 0;
    const progress = `Card ${this.#index + 1} of ${this.#cards.length}, ${known} known.`;
    this.querySelector('.deck-progress')!.textContent = progress;
    // The live region reads out what changed, so a screen-reader user hears each card and each flip.
    this.querySelector('.deck-announce')!.textContent =
      `${progress} ${this.#flipped ? `Answer: ${card.back}` : `Term: ${card.front}`}`;
  }
}

customElements.define('flash-cards', FlashCards);

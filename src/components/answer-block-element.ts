/**
 * The browser side of Answer.astro (bundled into one answers script, see src/scripts/answers.ts): every answer
 * opens while the page prints, and closes again after. (A link to an answer, or to anything inside one, is
 * opened by fragment-links-element.ts, which does it for every <details> of every page.)
 */
let openedForPrint: HTMLDetailsElement[] = [];

class AnswerBlock extends HTMLElement {
  static listening = false;

  connectedCallback() {
    // The listeners are page-wide: one set serves every answer block.
    if (AnswerBlock.listening) return;
    AnswerBlock.listening = true;
    addEventListener('beforeprint', () => {
      openedForPrint = [...document.querySelectorAll<HTMLDetailsElement>('details.answer:not([open])')];
      for (const answer of openedForPrint) answer.open = true;
    });
    addEventListener('afterprint', () => {
      for (const answer of openedForPrint) answer.open = false;
      openedForPrint = [];
    });
  }
}
customElements.define('answer-block', AnswerBlock);

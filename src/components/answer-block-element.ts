/**
 * The browser side of Answer.astro (bundled into one answers script, see src/scripts/answers.ts):
 * - every answer opens while the page prints, and closes again after;
 * - a link to an answer shows its question above it. (Opening the answer, or any <details> around a link's
 *   target, is fragment-links-element.ts's job, for every page; this only chooses where an answer link scrolls.)
 */

/**
 * What to scroll to for `target`: a link to an answer shows its question above it (the question is what the
 * reader needs first), unless the question is so tall that the answer's own first line would fall off screen.
 */
function scrollTargetOf(target: HTMLElement): HTMLElement {
  const question = document.getElementById(`q${target.id.slice(7)}`);
  if (!question) return target;
  const header = document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0;
  const fromQuestionToSummary = target.getBoundingClientRect().top + 48 - question.getBoundingClientRect().top;
  return fromQuestionToSummary < innerHeight - header - 32 ? question : target;
}

/** After the browser (and fragment-links) scrolled to an answer, bring its question into view too. */
function showQuestionOf(hash: string) {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (target?.matches('details.answer')) scrollTargetOf(target).scrollIntoView();
}

let openedForPrint: HTMLDetailsElement[] = [];

class AnswerBlock extends HTMLElement {
  static listening = false;

  connectedCallback() {
    // The listeners are page-wide: one set serves every answer block.
    if (AnswerBlock.listening) return;
    AnswerBlock.listening = true;
    addEventListener('hashchange', () => requestAnimationFrame(() => showQuestionOf(location.hash)));
    addEventListener('beforeprint', () => {
      openedForPrint = [...document.querySelectorAll<HTMLDetailsElement>('details.answer:not([open])')];
      for (const answer of openedForPrint) answer.open = true;
    });
    addEventListener('afterprint', () => {
      for (const answer of openedForPrint) answer.open = false;
      openedForPrint = [];
    });
    requestAnimationFrame(() => showQuestionOf(location.hash));
    // The browser scrolls to the fragment once more when the page finishes loading, back onto the answer: show
    // its question again after that.
    if (document.readyState !== 'complete')
      addEventListener('load', () => requestAnimationFrame(() => showQuestionOf(location.hash)), { once: true });
  }
}
customElements.define('answer-block', AnswerBlock);

/** The browser side of Answer.astro (bundled into one answers script, see src/scripts/answers.ts). */
/** Opens the answer holding the element that `hash` names; true when it was closed. */
function openAnswerHolding(hash: string): boolean {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  const answer = target?.closest<HTMLDetailsElement>('details.answer');
  if (!answer || answer.open) return false;
  answer.open = true;
  return true;
}

/**
 * What to scroll to for `target`: a link to an answer shows its question above it (the question is what the
 * reader needs first), unless the question is so tall that the answer's own first line would fall off screen.
 */
function scrollTargetOf(target: HTMLElement): HTMLElement {
  const question = target.matches('details.answer') ? document.getElementById(`q${target.id.slice(7)}`) : null;
  if (!question) return target;
  const header = document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0;
  const fromQuestionToSummary = target.getBoundingClientRect().top + 48 - question.getBoundingClientRect().top;
  return fromQuestionToSummary < innerHeight - header - 32 ? question : target;
}

/** After the browser has already scrolled (load, hashchange), open the target and scroll to it again. */
function revealAndScroll(hash: string) {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (target && (openAnswerHolding(hash) || target.matches('details.answer'))) scrollTargetOf(target).scrollIntoView();
}

let openedForPrint: HTMLDetailsElement[] = [];

class AnswerBlock extends HTMLElement {
  static listening = false;

  connectedCallback() {
    // The listeners are page-wide: one set serves every answer block.
    if (AnswerBlock.listening) return;
    AnswerBlock.listening = true;
    addEventListener('hashchange', () => revealAndScroll(location.hash));
    // A click on a link to the hash already in the address fires no hashchange; opening the answer before the
    // browser follows the link also lets the browser's own scroll land on it.
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link?.hash && link.origin === location.origin && link.pathname === location.pathname)
        openAnswerHolding(link.hash);
    });
    addEventListener('beforeprint', () => {
      openedForPrint = [...document.querySelectorAll<HTMLDetailsElement>('details.answer:not([open])')];
      for (const answer of openedForPrint) answer.open = true;
    });
    addEventListener('afterprint', () => {
      for (const answer of openedForPrint) answer.open = false;
      openedForPrint = [];
    });
    requestAnimationFrame(() => revealAndScroll(location.hash));
    // The browser scrolls to the fragment once more when the page finishes loading, back onto the answer: show
    // its question again after that.
    if (document.readyState !== 'complete')
      addEventListener('load', () => requestAnimationFrame(() => revealAndScroll(location.hash)), { once: true });
  }
}
customElements.define('answer-block', AnswerBlock);

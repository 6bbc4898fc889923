/** The browser side of Answer.astro (bundled into one answers script, see src/scripts/answers.ts). */
/** Opens the answer holding the element that `hash` names; true when it was closed. */
function openAnswerHolding(hash: string): boolean {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  const answer = target?.closest<HTMLDetailsElement>('details.answer');
  if (!answer || answer.open) return false;
  answer.open = true;
  return true;
}

/** After the browser has already scrolled (load, hashchange), open the target and scroll to it again. */
function revealAndScroll(hash: string) {
  if (openAnswerHolding(hash)) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
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
  }
}
customElements.define('answer-block', AnswerBlock);

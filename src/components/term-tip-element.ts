/**
 * The browser side of Term.astro: <term-tip> shows the definition on hover, focus or a first tap; Escape dismisses it.
 */
// The definition opens under the term, flips above it when there is no room below, and shifts sideways to stay
// inside the window. On a touch screen there is no hover: the first tap opens it (with a link to the glossary
// entry), a second tap on the term or the link follows it, and a tap elsewhere closes it.
const MARGIN = 8;
let lastPointer = '';
addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), { capture: true, passive: true });

class TermTip extends HTMLElement {
  static listening = false;

  connectedCallback() {
    const link = this.querySelector('a')!;
    const tooltip = this.querySelector<HTMLElement>('.term-tooltip')!;
    const show = () => {
      // Showing again after a dismissal takes a fresh hover, focus or tap.
      this.removeAttribute('data-dismissed');
      place(tooltip);
    };
    this.addEventListener('mouseenter', show);
    this.addEventListener('focusin', show);
    link.addEventListener('click', (event) => {
      if (lastPointer !== 'touch' || this.hasAttribute('data-open')) return;
      event.preventDefault();
      closeAll();
      this.setAttribute('data-open', '');
      const more = document.createElement('a');
      more.href = link.href;
      more.className = 'term-tooltip-link';
      more.textContent = 'Open in the glossary';
      tooltip.append(' ', more);
      show();
    });
    if (TermTip.listening) return;
    TermTip.listening = true;
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      closeAll();
      for (const tip of document.querySelectorAll('term-tip:is(:hover, :focus-within)'))
        tip.setAttribute('data-dismissed', '');
    });
    document.addEventListener('click', (event) => {
      if (!(event.target instanceof Element && event.target.closest('term-tip[data-open]'))) closeAll();
    });
  }
}

function closeAll() {
  for (const tip of document.querySelectorAll('term-tip[data-open]')) {
    tip.removeAttribute('data-open');
    tip.querySelector('.term-tooltip-link')?.remove();
  }
}

/** Keeps a shown tooltip inside the window (and below the sticky header): flip above, then shift sideways. */
function place(tooltip: HTMLElement) {
  delete tooltip.dataset.placement;
  tooltip.style.removeProperty('--tip-shift');
  const box = tooltip.getBoundingClientRect();
  if (box.width === 0) return;
  const term = tooltip.parentElement!.getBoundingClientRect();
  const top = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + MARGIN;
  const roomAbove = term.top - top;
  if (box.bottom > innerHeight - MARGIN && roomAbove > innerHeight - MARGIN - term.bottom)
    tooltip.dataset.placement = 'above';
  // clientWidth, not innerWidth: on a phone a tooltip sticking out widens innerWidth to fit it.
  let shift = Math.min(0, document.documentElement.clientWidth - MARGIN - box.right);
  if (box.left + shift < MARGIN) shift = MARGIN - box.left;
  tooltip.style.setProperty('--tip-shift', `${shift}px`);
}

customElements.define('term-tip', TermTip);

/** The browser side of Term.astro: <term-tip> shows the definition on hover and focus; Escape dismisses it. */
class TermTip extends HTMLElement {
  static listening = false;

  connectedCallback() {
    // Showing again after a dismissal takes a fresh hover or focus.
    const undismiss = () => this.removeAttribute('data-dismissed');
    this.addEventListener('mouseenter', undismiss);
    this.addEventListener('focusin', undismiss);
    if (TermTip.listening) return;
    TermTip.listening = true;
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      for (const tip of document.querySelectorAll('term-tip:is(:hover, :focus-within)'))
        tip.setAttribute('data-dismissed', '');
    });
  }
}
customElements.define('term-tip', TermTip);

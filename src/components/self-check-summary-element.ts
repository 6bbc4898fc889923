/** The browser side of SelfCheckSummary.astro (bundled into the site's one chrome script, see src/scripts/site-chrome.ts). */
import { readMarks, SELF_CHECK_EVENT } from '../lib/browser/self-check-store';

class SelfCheckSummary extends HTMLElement {
  connectedCallback() {
    const render = () => {
      const keys =
        this.dataset.keys?.split(' ') ??
        [...document.querySelectorAll<HTMLElement>('self-check[data-key]')].map((check) => check.dataset.key!);
      const marks = readMarks();
      this.textContent = `${keys.filter((key) => marks[key] === 'known').length} of ${keys.length} known`;
      this.hidden = false;
    };
    document.addEventListener(SELF_CHECK_EVENT, render);
    addEventListener('storage', render);
    render();
  }
}
customElements.define('self-check-summary', SelfCheckSummary);

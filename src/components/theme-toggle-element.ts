/** The browser side of ThemeToggle.astro (bundled into the site's one chrome script, see src/scripts/site-chrome.ts). */
import { THEME_STORAGE_KEY } from '../consts';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
    sync();
    button.disabled = false;
    button.addEventListener('click', () => {
      root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(THEME_STORAGE_KEY, root.dataset.theme);
      } catch {
        // Storage can be blocked (private mode, policy); the theme still switches for this page.
      }
      sync();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);

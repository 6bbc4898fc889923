/** The browser side of ThemeToggle.astro (bundled into the site's one chrome script, see src/scripts/site-chrome.ts). */
import { THEME_STORAGE_KEY } from '../consts';

type Choice = 'auto' | 'light' | 'dark';
const ORDER: Choice[] = ['auto', 'light', 'dark'];
const NAMES: Record<Choice, string> = { auto: 'Auto', light: 'Light', dark: 'Dark' };

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const name = this.querySelector('.theme-name')!;
    const root = document.documentElement;
    const system = matchMedia('(prefers-color-scheme: dark)');
    const choice = () =>
      (ORDER.includes(root.dataset.themeChoice as Choice) ? root.dataset.themeChoice : 'auto') as Choice;
    const apply = () => {
      const current = choice();
      root.dataset.theme = current === 'auto' ? (system.matches ? 'dark' : 'light') : current;
      const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length]!;
      name.textContent = `Theme: ${NAMES[current]}`;
      button.title = `Theme: ${NAMES[current]} (switch to ${NAMES[next]})`;
    };
    // Auto keeps following the system while the page is open (a phone switching to dark at sunset).
    system.addEventListener('change', apply);
    button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(choice()) + 1) % ORDER.length]!;
      root.dataset.themeChoice = next;
      try {
        if (next === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
        else localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Storage can be blocked (private mode, policy); the theme still switches for this page.
      }
      apply();
    });
    apply();
    button.disabled = false;
  }
}
customElements.define('theme-toggle', ThemeToggle);

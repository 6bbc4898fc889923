/** The browser side of NavMenu.astro (bundled into the site's one chrome script, see src/scripts/site-chrome.ts). */
class NavMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const setOpen = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      document.documentElement.toggleAttribute('data-nav-open', open);
    };
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        button.focus();
      }
    });
  }
}
customElements.define('nav-menu', NavMenu);

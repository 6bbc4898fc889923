/** The browser side of SiteSearch.astro (bundled into the site's one chrome script, see src/scripts/site-chrome.ts). */
class SiteSearch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a')!;
    const dialog = this.querySelector('dialog')!;
    const input = dialog.querySelector('input')!;
    let loading: Promise<unknown> | undefined;
    const load = () => (loading ??= import('./search-box-element'));
    const open = () => {
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      void load();
    };
    link.addEventListener('focus', load);
    link.addEventListener('click', (event) => {
      // A modified click still opens /search/ in a new tab or window.
      if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open();
    });
    document.addEventListener('keydown', (event) => {
      const typing = (event.target as HTMLElement).closest?.('input, textarea, select, [contenteditable]');
      const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!slash && !(event.key === 'k' && (event.ctrlKey || event.metaKey))) return;
      event.preventDefault();
      open();
    });
    // A search field would take the first Escape to clear itself; here Escape always closes, in one press.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => link.focus());
  }
}
customElements.define('site-search', SiteSearch);

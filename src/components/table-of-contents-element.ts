/** The browser side of TableOfContents.astro (bundled into the site's one chrome script, see src/scripts/site-chrome.ts). */
class TableOfContents extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((el): el is HTMLElement => el !== null);
    // The collapsible form names the current section in its summary, and folds once the reader picks a section.
    const details = this.querySelector('details');
    const currentName = this.querySelector('.toc-current');
    details?.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) details.open = false;
    });
    const mark = () => {
      // The current section is the last heading above a line a fifth of the way down the viewport.
      const line = window.innerHeight / 5;
      let current = targets[0];
      for (const target of targets) if (target.getBoundingClientRect().top <= line) current = target;
      // At the very bottom, short last sections can never reach that line: the last one is being read.
      const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
      if (atBottom && targets.length > 0) current = targets[targets.length - 1];
      for (const link of links) {
        if (link.hash.slice(1) !== current?.id) {
          link.removeAttribute('aria-current');
          continue;
        }
        link.setAttribute('aria-current', 'true');
        if (currentName) currentName.textContent = link.textContent;
      }
    };
    let queued = false;
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule, { passive: true });
    mark();
  }
}
customElements.define('table-of-contents', TableOfContents);

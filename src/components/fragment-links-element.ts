/**
 * The browser side of FragmentLinks.astro (bundled into the site's one chrome script, see
 * src/scripts/site-chrome.ts). Two jobs for links to a place on a page:
 * - A #fragment whose target sits in a closed <details> (an answer, a diagram's text version, a term inside an
 *   answer) opens every <details> around it and scrolls it into view, on load, on hashchange and on in-page
 *   clicks. Any id, no list of kinds: the page's structure decides. The root's scroll-padding-top keeps the
 *   target below the sticky header.
 * - A click on a section's "#" link still follows it, and also copies the full URL and says "Link copied".
 */

/** Opens every closed <details> that holds (or is) the element `hash` names; the element when one was opened. */
function reveal(hash: string): HTMLElement | undefined {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  let opened = false;
  for (let element = target; element; element = element.parentElement) {
    if (element instanceof HTMLDetailsElement && !element.open) {
      element.open = true;
      opened = true;
    }
  }
  return opened && target ? target : undefined;
}

/** After the browser has already scrolled (load, hashchange) to a hidden target, open it and scroll again. */
const revealAndScroll = (hash: string) => reveal(hash)?.scrollIntoView();

/** A plain left click, not one that opens a new tab or window. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

class FragmentLinks extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    addEventListener('hashchange', () => revealAndScroll(location.hash));
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link?.hash || link.origin !== location.origin || link.pathname !== location.pathname) return;
      // Opening before the browser follows the link lets its own scroll land on the target; this also covers a
      // click on the hash already in the address, which fires no hashchange.
      reveal(link.hash);
      if (link.classList.contains('heading-anchor') && isPlainClick(event)) void this.copy(link.href);
    });
    revealAndScroll(location.hash);
  }

  /** Copies `url` and announces it; says nothing when the browser refuses (no clipboard, insecure origin). */
  async copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      return;
    }
    const status = this.querySelector('[role="status"]')!;
    // Emptied first, so a second copy in a row is announced again.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = 'Link copied'));
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (status.textContent = ''), 2500);
  }
}
customElements.define('fragment-links', FragmentLinks);

/**
 * <search-box>: live results under the search form of SearchBox.astro. Loaded only when a reader opens search
 * (the header's <site-search> imports it) or visits /search/. Results list each page title, then its matching
 * sections, each linking to the section's #anchor, with an excerpt whose matched words are in <mark>. Arrow keys
 * move between the field and the result links; a polite status line announces the count or "No results for …".
 */
import { HIGHLIGHT_PARAM, loadPagefind, type PagefindPage } from './pagefind';

class SearchBox extends HTMLElement {
  #latest = '';

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const list = this.querySelector<HTMLElement>('.search-results')!;
    const limit = Number(this.dataset.maxPages ?? 8);
    // On /search/ the query lives in the address bar, so a search can be linked and survives a reload.
    const inUrl = this.hasAttribute('data-query-in-url');
    if (inUrl) {
      input.value = new URLSearchParams(location.search).get('q') ?? '';
      form.addEventListener('submit', (event) => event.preventDefault());
    }

    const run = async () => {
      const query = (this.#latest = input.value.trim());
      if (inUrl) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
      if (!query) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      try {
        const search = await (await loadPagefind()).debouncedSearch(query, {}, 80);
        if (!search || query !== this.#latest) return;
        const pages = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
        if (query !== this.#latest) return;
        list.replaceChildren(...pages.map((page) => renderPage(page, query)));
        const count = search.results.length;
        status.textContent = count
          ? `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > limit ? `, best ${limit} shown` : ''}`
          : `No results for “${query}”. Try fewer or different words.`;
      } catch {
        status.textContent = 'Search is unavailable: its index could not be loaded. Please try again later.';
      }
    };
    input.addEventListener('input', run);
    input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    this.addEventListener('keydown', (event) => moveFocus(event, [input, ...list.querySelectorAll('a')]));
    // Opened from the header, the field already has focus: fetch Pagefind now, while the reader types.
    if (input.value) void run();
    else if (this.contains(document.activeElement)) void loadPagefind().catch(() => {});
  }
}

/**
 * One result: the page title, then up to three matching sections. A match above the first h2 belongs to the
 * page's h1, so it goes on the title link (with the h1's #anchor) rather than repeating the title as a section.
 */
function renderPage(page: PagefindPage, query: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const anchored = page.sub_results.filter((section) => section.anchor?.id);
  const top = anchored.find((section) => section.anchor?.element === 'h1');
  const sections = anchored.filter((section) => section !== top).slice(0, 3);
  item.append(link(top?.url ?? page.url, page.meta.title ?? page.url, query, 'search-result-page'));
  if (top || sections.length === 0) item.append(excerpt(top?.excerpt ?? page.excerpt));
  if (sections.length > 0) {
    const list = element('ul', 'search-result-sections');
    for (const section of sections) {
      const entry = element('li');
      entry.append(link(section.url, section.title, query), excerpt(section.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '') {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** A link to a result that passes the searched words on, so the page it opens can highlight them. */
function link(url: string, text: string, query: string, className = '') {
  const target = new URL(url, location.href);
  for (const word of query.split(/\s+/)) target.searchParams.append(HIGHLIGHT_PARAM, word);
  const anchor = element('a', className);
  anchor.href = target.pathname + target.search + target.hash;
  anchor.textContent = text;
  return anchor;
}

/** Pagefind's excerpts are escaped text with <mark> around the matched words. */
function excerpt(html: string) {
  const paragraph = element('p', 'search-result-excerpt');
  paragraph.innerHTML = html;
  return paragraph;
}

/** ArrowDown/ArrowUp step through the field and the result links, in order. */
function moveFocus(event: KeyboardEvent, stops: HTMLElement[]) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const next = stops[stops.indexOf(document.activeElement as HTMLElement) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next || !stops.includes(document.activeElement as HTMLElement)) return;
  event.preventDefault();
  next.focus();
}

customElements.define('search-box', SearchBox);

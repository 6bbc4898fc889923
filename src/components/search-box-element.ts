/**
 * <search-box>: live results under the search form of SearchBox.astro. Loaded only when a reader opens search
 * (the header's <site-search> imports it) or visits /search/.
 *
 * Each result is a page title, then its matching places — sections, checkpoint questions, glossary terms, exam
 * tips, update notes, figures (src/lib/browser/search/sections.ts) — each linking to its own #anchor with an excerpt whose matched
 * words are in <mark>; a match inside an answer shows its question and "match in the answer" instead. A query
 * that finds little is widened (src/lib/browser/search/forgiving.ts), said in the status line, and a word in no page gets a "Did you
 * mean …?" button. Arrow keys move between the field and the buttons and links; with an empty field the reader's
 * recent searches are offered (src/lib/browser/search/recent-searches.ts).
 */
import { HIGHLIGHT_PARAM, loadPagefind, type PagefindPage } from '../lib/browser/search/pagefind';
import { forgivingSearch, subjectWords, type ForgivingResult } from '../lib/browser/search/forgiving';
import { sectionsOf, type Section } from '../lib/browser/search/sections';
import { clearRecent, readRecent, rememberSearch } from '../lib/browser/search/recent-searches';

/** Words of excerpt around a match. */
const EXCERPT_WORDS = 24;
/** Matching places listed under each page, at most. */
const SECTIONS_PER_PAGE = 2;
/** A place is listed only if it matches at least this share as strongly as the page's best place. */
const SECTION_SCORE_SHARE = 0.4;
/** Waits this long after a keystroke before searching, so fast typing runs one search. */
const DEBOUNCE_MS = 80;

class SearchBox extends HTMLElement {
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const $ = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const form = $<HTMLFormElement>('form');
    const input = $<HTMLInputElement>('input[type="search"]');
    const clear = $<HTMLButtonElement>('.search-clear');
    const status = $('[role="status"]');
    const suggestion = $('.search-suggestion');
    const list = $('.search-results');
    const all = $('.search-all');
    const recent = $('.search-recent');
    const limit = Number(this.dataset.maxPages ?? 8);
    // On /search/ the query lives in the address bar, so a search can be linked and survives a reload.
    const inUrl = this.hasAttribute('data-query-in-url');
    if (inUrl) input.value = new URLSearchParams(location.search).get('q') ?? '';

    const showRecent = () => {
      const queries = readRecent();
      recent.hidden = input.value.trim() !== '' || queries.length === 0;
      recent.querySelector('ul')!.replaceChildren(
        ...queries.map((query) => {
          const item = element('li');
          const button = element('button', 'search-recent-query');
          button.type = 'button';
          button.textContent = query;
          button.addEventListener('click', () => apply(query));
          item.append(button);
          return item;
        }),
      );
    };

    const run = async () => {
      const query = input.value.trim();
      const generation = ++this.#generation;
      clear.hidden = input.value === '';
      if (inUrl) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
      showRecent();
      if (!query) {
        for (const part of [list, all]) part.replaceChildren();
        suggestion.hidden = true;
        status.textContent = '';
        return;
      }
      try {
        const pagefind = await loadPagefind();
        const found = await forgivingSearch(query, {
          search: async (term) => (await pagefind.search(term)).results,
          contains: async (results, word) => {
            const pages = await Promise.all(results.map((result) => result.data()));
            return pages.some((page) => startsAWord(page.content, word));
          },
          suggest: async (word) => (await import('../lib/browser/search/suggest')).suggestWord(word),
        });
        if (generation !== this.#generation) return;
        const pages = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
        if (generation !== this.#generation) return;
        // Filler words would match everywhere ("a" starts every word with an a): places are scored, and the
        // page opened highlights, only the words that carry the query's subject.
        const words = subjectWords(found.shown);
        const results = pages.map((page) => ({ page, places: sectionsOf(page, words, EXCERPT_WORDS) }));
        // "What is a shard?" asks for a definition: pages whose best place is a glossary term come first.
        if (DEFINITION_QUESTION.test(query)) results.sort((a, b) => rank(a.places) - rank(b.places));
        list.replaceChildren(...results.map(({ page, places }) => renderPage(page, places, words)));
        status.textContent = statusLine(query, found, limit);
        suggestion.hidden = !found.suggestion;
        suggestion.querySelector('button')!.textContent = found.suggestion ?? '';
        const count = found.results.length;
        all.replaceChildren();
        if (count > limit) {
          const link = element('a');
          link.href = `${this.dataset.searchPage}?q=${encodeURIComponent(found.shown)}`;
          link.textContent = `See all ${count} results`;
          all.append(link);
        }
      } catch {
        status.textContent = 'Search is unavailable: its index could not be loaded. Please try again later.';
      }
    };
    const schedule = () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void run(), DEBOUNCE_MS);
    };
    const apply = (query: string) => {
      input.value = query;
      input.focus();
      void run();
    };

    input.addEventListener('input', schedule);
    input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    input.addEventListener('keydown', (event) => {
      // Enter takes a "Did you mean" suggestion; otherwise the form goes to /search/?q=, which lists every result.
      if (event.key !== 'Enter' || suggestion.hidden) return;
      event.preventDefault();
      apply(suggestion.querySelector('button')!.textContent ?? '');
    });
    suggestion.querySelector('button')!.addEventListener('click', (event) => {
      apply((event.currentTarget as HTMLButtonElement).textContent ?? '');
    });
    clear.addEventListener('click', () => apply(''));
    recent.querySelector('.search-recent-clear')!.addEventListener('click', () => {
      clearRecent();
      showRecent();
      input.focus();
    });
    form.addEventListener('submit', (event) => {
      rememberSearch(input.value);
      if (inUrl) event.preventDefault();
    });
    // Following a result (by click or Enter) remembers the query that found it.
    this.addEventListener('click', (event) => {
      if ((event.target as HTMLElement).closest('.search-results a, .search-all a')) rememberSearch(input.value);
    });
    this.addEventListener('keydown', (event) =>
      moveFocus(event, [input, ...this.querySelectorAll<HTMLElement>('.search-stop button, .search-stop a')]),
    );
    showRecent();
    // Opened from the header, the field already has focus: fetch Pagefind now, while the reader types.
    if (input.value) void run();
    else if (this.contains(document.activeElement)) void loadPagefind().catch(() => {});
  }
}

/** Questions that ask what something is. */
const DEFINITION_QUESTION = /^\s*(?:what\s+(?:is|are|does)|define|definition|meaning)\b/i;
const rank = (places: Section[]) => (places[0]?.kind === 'term' ? 0 : 1);

/** Whether `text` has a word starting with `word`, ignoring case. */
function startsAWord(text: string, word: string): boolean {
  const escaped = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}_])${escaped}`, 'u').test(text.toLowerCase());
}

/** The one-line summary: how many results, for which query, and whether the query was widened. */
function statusLine(query: string, { shown, results, relaxed, found }: ForgivingResult<unknown>, limit: number) {
  const count = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;
  const best = results.length > limit ? `, best ${limit} shown` : '';
  if (results.length === 0) return `No results for “${query}”. Try fewer or different words.`;
  if (relaxed) {
    return `Showing ${count(results.length)} for “${shown}”${best} (${found || 'none'} for “${query}”).`;
  }
  return `${count(results.length)} for “${query}”${best}`;
}

/** Labels for places whose title does not say what they are (exam tips and update notes' titles do). */
const KIND_LABELS: Partial<Record<Section['kind'], string>> = { term: 'Glossary' };

/**
 * One result: the page title, then its best matching places. When the page's best place is its top (the h1 and
 * the text before the first heading), the title link lands there and shows its excerpt; otherwise the title is a
 * plain link to the page and the places follow, best first. Links a match can land on carry `data-landing`, in
 * the order a reader meets them (the benchmark ranks them in that order).
 */
function renderPage(page: PagefindPage, matched: Section[], words: string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  const best = matched[0];
  const places = matched.filter((section) => section.score >= SECTION_SCORE_SHARE * (best?.score ?? 0));
  const top = best?.kind === 'top' ? best : undefined;
  const title = link(top?.url ?? page.url.split('#')[0]!, page.meta.title ?? page.url, words, 'search-result-page');
  item.append(title);
  if (top) {
    title.dataset.landing = '';
    item.append(excerpt(top));
  }
  const listed = places.filter((section) => section.kind !== 'top').slice(0, SECTIONS_PER_PAGE);
  if (listed.length > 0) {
    const list = element('ul', 'search-result-sections');
    for (const section of listed) {
      const entry = element('li');
      const target = link(section.url, section.title, words);
      target.dataset.landing = '';
      const label = KIND_LABELS[section.kind];
      if (label) target.prepend(Object.assign(element('span', 'search-result-kind'), { textContent: `${label}: ` }));
      entry.append(target, excerpt(section));
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
function link(url: string, text: string, words: string[], className = '') {
  const target = new URL(url, location.href);
  for (const word of words) target.searchParams.append(HIGHLIGHT_PARAM, word);
  const anchor = element('a', className);
  anchor.href = target.pathname + target.search + target.hash;
  anchor.textContent = text;
  return anchor;
}

/** The place's excerpt (escaped text with <mark>s), or for a match inside an answer its question and a note. */
function excerpt(section: Section) {
  const paragraph = element('p', 'search-result-excerpt');
  paragraph.innerHTML = section.excerpt;
  if (section.inAnswer) {
    const note = element('span', 'search-result-note');
    note.textContent = section.excerpt ? ' — match in the answer' : 'Match in the answer';
    paragraph.append(note);
  }
  return paragraph;
}

/** ArrowDown/ArrowUp step through the field and the buttons and links under it, in order. */
function moveFocus(event: KeyboardEvent, stops: HTMLElement[]) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const visible = stops.filter((stop) => stop.getClientRects().length > 0);
  const at = visible.indexOf(document.activeElement as HTMLElement);
  const next = visible[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (at < 0 || !next) return;
  event.preventDefault();
  next.focus();
}

customElements.define('search-box', SearchBox);

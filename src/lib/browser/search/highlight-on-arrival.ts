/**
 * On a page opened from a search result (its URL has ?highlight=…): marks the searched words with Pagefind's
 * highlighter, opens the closed answer that holds the first match of the linked section, and brings it into view.
 */
/**
 * The same value as HIGHLIGHT_PARAM in ./pagefind.ts (the search e2e tests fail if they drift apart). It is not
 * imported, so a reader arriving from a result loads only this small chunk, not the results list's search module
 * (which ./pagefind.ts would become a shared chunk of).
 */
const HIGHLIGHT_PARAM = 'highlight';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
}
type PagefindHighlight = new (options: PagefindHighlightOptions) => unknown;

export async function highlightOnArrival() {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  const { default: Highlighter }: { default: PagefindHighlight } = await import(/* @vite-ignore */ url);
  // Marks synchronously, as <mark class="pagefind-highlight">; our stylesheet colours it, so no injected <style>.
  new Highlighter({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });

  const marks = [...document.querySelectorAll<HTMLElement>('mark.pagefind-highlight')];
  const section = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = section
    ? marks.find(
        (mark) => section.contains(mark) || section.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING,
      )
    : marks[0];
  if (!first) return;
  let opened = false;
  for (let answer = first.closest('details'); answer; answer = answer.parentElement?.closest('details') ?? null) {
    opened ||= !answer.open;
    answer.open = true;
  }
  // A linked section is already in view; move only if the match was hidden or the link was to the page's top.
  if (opened || !section) first.scrollIntoView({ block: 'center' });
}

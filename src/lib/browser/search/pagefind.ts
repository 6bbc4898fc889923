/**
 * Loads Pagefind's browser library from this site (`<base>pagefind/pagefind.js`, written by the build) the first
 * time a reader needs search, and types the small part of its API the results list uses.
 */

/** One heading-level section of a matching page. */
export interface PagefindSubResult {
  /** The section's heading text, or the page title for text above the first heading. */
  title: string;
  /** The page URL, plus `#id` when the section starts at a heading with an id. */
  url: string;
  /** Matching text around the hit, HTML-escaped, with the matched words in <mark>. */
  excerpt: string;
  /** The heading the section starts at; absent for text above the first heading. */
  anchor?: { element: string; id: string; text: string };
}

/** What Pagefind knows about one matching page. */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindPage> }[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a newer call superseded this one before it ran. */
  debouncedSearch(term: string, options?: object, waitMs?: number): Promise<PagefindSearch | null>;
}

/**
 * The query parameter that carries the searched words to the result's page, where they are highlighted. The
 * links add it themselves (not Pagefind's highlightParam), because Pagefind passes on its normalised terms
 * ("fanout" for "fan-out"), which no longer match the page text.
 */
export const HIGHLIGHT_PARAM = 'highlight';

let loading: Promise<PagefindApi> | undefined;

/** Pagefind, loaded and configured once per page. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    // Built after the site, so the bundler must not try to resolve it.
    const pagefind: PagefindApi = await import(/* @vite-ignore */ url);
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

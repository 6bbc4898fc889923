/**
 * Loads Pagefind's browser library from this site (`<base>pagefind/pagefind.js`, written by the build) the first
 * time a reader needs search, and types the small part of its API the results list uses.
 */

import type { PageData } from './sections';

/** What Pagefind knows about one matching page (the part ./sections.ts reads to place the matches). */
export type PagefindPage = PageData;

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindPage> }[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<PagefindSearch>;
}

/**
 * The query parameter that carries the searched words to the result's page, where they are highlighted. The
 * links add it themselves (not Pagefind's highlightParam), because Pagefind passes on its normalised terms
 * ("fanout" for "fan-out"), which no longer match the page text.
 */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Pagefind's page ranking. A page length weight of 0.3 (default 0.75) penalises long pages less, so a long page
 * that holds the answer (the glossary, the checkpoint questions) is not pushed below a short page that only
 * mentions the words. Tried against test/search/queries.yaml with `npm run bench:search`: MRR 0.89 with the
 * defaults, 0.90 here; 0.85 at 0, 0.89 at 0.5; lowering termFrequency, termSaturation or termSimilarity did not
 * help. See README "Search relevance".
 */
const RANKING = { pageLength: 0.3 };

let loading: Promise<PagefindApi> | undefined;

/** Pagefind, loaded and configured once per page. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    // Built after the site, so the bundler must not try to resolve it.
    const pagefind: PagefindApi = await import(/* @vite-ignore */ url);
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

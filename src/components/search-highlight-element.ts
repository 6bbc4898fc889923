/** The browser side of SearchHighlight.astro (bundled into the site's one chrome script, see src/scripts/site-chrome.ts). */
// No import here: a static import would add a shared chunk to every guide page.
if (location.search)
  void import('../lib/browser/search/highlight-on-arrival').then((module) => module.highlightOnArrival());

/**
 * The scripts of the page chrome that every page shows (theme switch, phone menu, table of contents, search
 * launcher, search-arrival highlighting, self-check summary, links to a place on the page), bundled as one module. As separate files they cost
 * about 2.1 KB gzipped in six requests; together they compress to about half of that, which keeps every plain page
 * under its 4 KB JavaScript budget. Each widget's own code stays in its `<name>-element.ts` beside its component.
 */
import '../components/theme-toggle-element';
import '../components/nav-menu-element';
import '../components/table-of-contents-element';
import '../components/site-search-element';
import '../components/search-highlight-element';
import '../components/self-check-summary-element';
import '../components/fragment-links-element';

/**
 * The real site, built from `content/` into `dist/` (`npm run build`): the every-page sweeps run over it, so a new
 * page or guide is checked with no change to the tests.
 */
import { join } from 'node:path';
import { builtSite, isGuidePageIn } from './built-site.ts';

export { ORIGIN, PORT } from './ports.ts';

export const { DIST, BASE, PAGES, htmlOf, pagesContaining, pagesWith } = builtSite(
  join(import.meta.dirname, '..', '..', 'dist'),
  // The base path the site was built with (BASE_PATH).
  process.env.BASE_PATH ?? '/',
  'npm run build',
);

/** Guide pages are the ones with a sidebar (see isGuidePageIn). */
export const isGuidePage = isGuidePageIn(htmlOf);

/** An address no page has: the host answers it with the 404 page. */
export const NOT_FOUND_PATH = `${BASE}no-such-page/`;

/**
 * The fixture site: `e2e/fixtures/content/` built into `dist-fixture/` (`npm run build:fixture`). The component
 * specs in `e2e/components/` run over it, so they test behaviour on content made for them, never `content/`.
 */
import { join } from 'node:path';
import { builtSite, isGuidePageIn } from './built-site.ts';

export const FIXTURE_DIST = join(import.meta.dirname, '..', '..', 'dist-fixture');

export const { DIST, BASE, PAGES, htmlOf, pagesContaining, pagesWith } = builtSite(
  FIXTURE_DIST,
  '/',
  'npm run build:fixture',
);

/** Guide pages are the ones with a sidebar (see isGuidePageIn). */
export const isGuidePage = isGuidePageIn(htmlOf);

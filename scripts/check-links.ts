/**
 * Crawls a built site over HTTP with linkinator and fails on any broken internal link, stylesheet URL or
 * #fragment, naming the page that holds it. External links are not followed: the gate must pass offline.
 *
 *   node scripts/check-links.ts [site root folder] [base path]
 *
 * The site root is what a host would serve at "/"; the pages live under the base path inside it (so a build for
 * /guide/ goes to <root>/guide/). Every HTML file is a starting point, so a page no link reaches is checked too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';

const [root = 'dist', base = '/'] = process.argv.slice(2);
const pagesDir = join(root, base);
if (!existsSync(join(pagesDir, 'index.html'))) {
  console.error(`check-links: no ${join(pagesDir, 'index.html')}; build the site first.`);
  process.exit(1);
}

const isLocal = (link: string) => /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link);
const result = await new LinkChecker().check({
  serverRoot: root,
  path: [join(base, '**/*.html').replace(/^\/+/, '')],
  recurse: true,
  checkCss: true,
  checkFragments: true,
  // A redirect is a link that points at the wrong address (a missing trailing slash, say): count it as broken.
  redirects: 'error',
  concurrency: 8,
  linksToSkip: async (link) => /^https?:/.test(link) && !isLocal(link),
});

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
for (const link of broken) {
  const why = (link.failureDetails ?? [])
    .map((detail) => ('message' in detail ? detail.message : `HTTP ${detail.status ?? '?'}`))
    .join('; ');
  // A same-page #fragment has no parent: the page is the link's own address.
  const page = link.parent || link.url.replace(/#.*$/, '');
  console.error(`broken link on /${page}: ${link.url} (${link.status ?? 'no status'}${why ? `, ${why}` : ''})`);
}
const checked = result.links.filter((link) => link.state === LinkState.OK).length;
console.error(`check-links ${pagesDir}: ${checked} links OK, ${broken.length} broken.`);
process.exit(broken.length ? 1 : 0);

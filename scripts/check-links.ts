/**
 * Fails on any broken internal link, #fragment or stylesheet url() in a built site, naming the page that holds
 * it and the nearest existing targets (see scripts/links/link-check.ts).
 *
 *   node scripts/check-links.ts [site root folder] [base path]
 *
 * The site root is what a host would serve at "/"; the pages live under the base path inside it (so a build for
 * /guide/ goes to <root>/guide/).
 */
import { readBuiltSite } from './links/built-site.ts';
import { checkLinks } from './links/link-check.ts';

const [root = 'dist', base = '/'] = process.argv.slice(2);
try {
  const site = readBuiltSite(root, base);
  const problems = checkLinks(site);
  for (const problem of problems) console.error(`broken link on ${problem}`);
  const links = [...site.pages.values()].reduce((sum, page) => sum + page.links.length, 0);
  console.error(
    `check-links ${root}${site.base}: ${site.pages.size} pages, ${links} links, ${problems.length} broken.`,
  );
  process.exit(problems.length ? 1 : 0);
} catch (error) {
  console.error(`check-links: ${(error as Error).message}`);
  process.exit(1);
}

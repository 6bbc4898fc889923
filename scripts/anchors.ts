/**
 * Checks or rewrites anchors.lock, the manifest of every published URL and #anchor (scripts/links/anchors-lock.ts).
 *
 *   node scripts/anchors.ts check  [site root folder] [base path] [lock file]   fails when an entry stops working
 *   node scripts/anchors.ts update [site root folder] [base path] [lock file]   writes the build's entries
 *
 * `npm run anchors:update` builds the site and runs `update`: do it after a deliberate change, and commit the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readBuiltSite } from './links/built-site.ts';
import { checkLock, formatLock, parseLock, publishedAnchors } from './links/anchors-lock.ts';

const [command, root = 'dist', base = '/', lockFile = 'anchors.lock'] = process.argv.slice(2);
const site = readBuiltSite(root, base);

if (command === 'update') {
  const entries = publishedAnchors(site);
  writeFileSync(lockFile, formatLock(entries));
  console.error(`anchors: wrote ${entries.length} URLs and anchors to ${lockFile}.`);
} else if (command === 'check') {
  if (!existsSync(lockFile)) {
    console.error(`anchors: ${lockFile} does not exist; create it with \`npm run anchors:update\`.`);
    process.exit(1);
  }
  const { missing, unlisted } = checkLock(site, parseLock(readFileSync(lockFile, 'utf8')));
  for (const entry of missing) console.error(`anchors: ${entry}`);
  if (unlisted.length > 0) {
    console.error(
      `anchors: ${unlisted.length} URL(s) or anchor(s) of the build are not in ${lockFile} yet ` +
        `(${unlisted.slice(0, 5).join(', ')}${unlisted.length > 5 ? ', …' : ''}); ` +
        'run `npm run anchors:update` and commit it, so they are kept from now on.',
    );
  }
  console.error(`anchors: ${missing.length} missing, ${unlisted.length} not yet listed.`);
  // New anchors only warn: `npm test` builds an extra fixture guide into dist/ that is never published.
  process.exit(missing.length > 0 ? 1 : 0);
} else {
  console.error('usage: node scripts/anchors.ts check|update [site root] [base path] [lock file]');
  process.exit(2);
}

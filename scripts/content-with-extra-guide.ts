/**
 * Writes the content folder `npm test` builds: every guide of content/ plus one guide of the fixture site
 * (e2e/fixtures/content/), into .cache/content-with-extra-guide/. The every-page sweeps then run over a site with
 * a guide nobody wrote a test for, which is what proves that adding a guide needs no test change.
 *
 *   node scripts/content-with-extra-guide.ts [fixture guide]     (default: glossary-deck; EXTRA_GUIDE also sets it)
 *
 * content/ and the fixture are only read; the output folder is replaced on every run.
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const guide = process.argv[2] ?? process.env.EXTRA_GUIDE ?? 'glossary-deck';
const fixture = join(root, 'e2e', 'fixtures', 'content', guide);
const out = join(root, '.cache', 'content-with-extra-guide');

if (!existsSync(join(fixture, 'guide.yaml'))) {
  const guides = readdirSync(join(root, 'e2e', 'fixtures', 'content'));
  throw new Error(
    `No fixture guide "${guide}" (e2e/fixtures/content/${guide}/guide.yaml). Choose one of: ${guides.join(', ')}`,
  );
}
if (existsSync(join(root, 'content', guide))) {
  throw new Error(`content/${guide}/ already exists: the extra guide must be a new one. Choose another fixture guide.`);
}
rmSync(out, { recursive: true, force: true });
cpSync(join(root, 'content'), out, { recursive: true });
cpSync(fixture, join(out, guide), { recursive: true });
console.log(`${out}: content/ plus the fixture guide "${guide}".`);

/**
 * Rewrites the README's tables of content fields from the schemas (see fields.ts):
 *
 *   npm run docs:schemas
 *
 * Each table sits between `<!-- fields: <schema file> <export> -->` and `<!-- /fields -->` in README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeWithFieldTables } from './readme.ts';

const readme = join(import.meta.dirname, '..', '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = await readmeWithFieldTables(before);
if (after !== before) writeFileSync(readme, after);
console.log(after === before ? 'README.md field tables are up to date.' : 'README.md field tables rewritten.');

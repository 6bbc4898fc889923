/**
 * The README's tables of guide.yaml, glossary.yaml and frontmatter fields are generated from the zod schemas'
 * doc comments (scripts/schema-docs/): this fails when a schema changed and `npm run docs:schemas` was not run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeWithFieldTables } from '../scripts/schema-docs/readme.ts';
import { fieldTable, schemaFields } from '../scripts/schema-docs/fields.ts';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README field tables', () => {
  it('document every schema', () => {
    for (const schema of ['guide.ts guideSchema', 'glossary.ts glossarySchema', 'page.ts pageSchema']) {
      expect(readme).toContain(`<!-- fields: src/schemas/${schema} -->`);
    }
  });

  it('match the schemas (run "npm run docs:schemas" to update them)', async () => {
    expect(await readmeWithFieldTables(readme)).toBe(readme);
  });

  it('read nested fields, optional markers and doc comments', () => {
    const fields = schemaFields(join(root, 'test/fixtures/schema-docs/sample.ts'), 'sampleSchema');
    expect(fields.map((f) => [f.name, f.required])).toEqual([
      ['title', true],
      ['items', true],
      ['items[].id', true],
      ['items[].note', false],
      ['items[].note.date', true],
      ['items[].note.source', false],
      ['count', false],
    ]);
    expect(fields.every((f) => f.doc.length > 0)).toBe(true);
    expect(fieldTable(fields.slice(0, 1))).toContain(
      '| `title` | yes | A required title \\| with a pipe and a `<Component>` tag. |',
    );
  });
});

/**
 * Replaces every `<!-- fields: file export -->…<!-- /fields -->` block of the README with that schema's table,
 * formatted by Prettier with the project's settings, exactly as `npm run format` would leave it.
 */
import { join } from 'node:path';
import * as prettier from 'prettier';
import { fieldTable, schemaFields } from './fields.ts';

const root = join(import.meta.dirname, '..', '..');
const README = join(root, 'README.md');
const BLOCK = /(<!-- fields: (\S+) (\w+) -->\n)[\s\S]*?(<!-- \/fields -->)/g;

export async function readmeWithFieldTables(readme: string): Promise<string> {
  const replaced = readme.replace(
    BLOCK,
    (_all, open: string, file: string, name: string, close: string) =>
      `${open}\n${fieldTable(schemaFields(join(root, file), name))}\n\n${close}`,
  );
  const options = await prettier.resolveConfig(README);
  return prettier.format(replaced, { ...options, filepath: README });
}

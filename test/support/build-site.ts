/**
 * Builds the real site (config, plugins, components) from a fixture content folder into a temporary folder, for
 * tests of what the build produces. Each build gets its own output and cache folders, so it never touches dist/
 * or the site's content store; they are removed by `cleanUp`.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..', '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const temporary: string[] = [];

/** A fresh temporary folder, removed by cleanUp(). */
export function temporaryDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  temporary.push(dir);
  return dir;
}

/** A writable copy of a fixture content folder, to edit before building. */
export function copyContent(fixture: string): string {
  const dir = temporaryDir('content');
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Builds the site from `contentDir`; resolves to the output folder, or rejects with the build's own output. */
export async function buildSite(contentDir: string): Promise<string> {
  const outDir = temporaryDir('dist');
  const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: temporaryDir('cache') };
  try {
    await promisify(execFile)(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`the build of ${contentDir} failed:\n${stdout}\n${stderr}`, { cause: error });
  }
  return outDir;
}

export function cleanUp() {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

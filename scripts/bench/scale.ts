/**
 * The scale run: copies every guide in content/ N times into a temporary content folder, builds it (CONTENT_DIR)
 * into a temporary output folder, and reports how build time, peak memory, output size and the Pagefind index grow
 * with the page count. The real content/ is only read; the temporary folders are always removed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTRO_STATE, clearDirs, timed, type Run } from './run.ts';
import { countFiles, folderBytes } from './sizes.ts';

export type ScalePoint = { copies: number; pages: number; distBytes: number; pagefindBytes: number } & Run;

export async function scaleRun(root: string, copies: number, withPagefind: boolean): Promise<ScalePoint> {
  const temp = mkdtempSync(join(tmpdir(), 'guide-scale-'));
  try {
    const content = join(temp, 'content');
    const guides = readdirSync(join(root, 'content'), { withFileTypes: true }).filter((e) => e.isDirectory());
    for (const guide of guides) {
      // The first copy keeps its name, so links between guides still resolve.
      for (let i = 1; i <= copies; i++) {
        cpSync(join(root, 'content', guide.name), join(content, i === 1 ? guide.name : `${guide.name}-${i}`), {
          recursive: true,
        });
      }
    }
    const out = join(temp, 'dist');
    const astro = join(root, 'node_modules/astro/bin/astro.mjs');
    // --force: Astro's content store still describes the previous content folder, which no longer exists.
    const build = await timed(process.execPath, [astro, 'build', '--force', '--outDir', out], { CONTENT_DIR: content });
    // When the site's build indexes with the Pagefind CLI after Astro, do the same here and count it in.
    let index: Run = { seconds: 0, cpuSeconds: 0, peakMemoryMB: 0 };
    if (withPagefind && !existsSync(join(out, 'pagefind'))) {
      index = await timed(join(root, 'node_modules/.bin/pagefind'), ['--site', out]);
    }
    return {
      copies,
      pages: countFiles(out, '.html'),
      seconds: build.seconds + index.seconds,
      cpuSeconds: build.cpuSeconds === null ? null : build.cpuSeconds + (index.cpuSeconds ?? 0),
      peakMemoryMB:
        build.peakMemoryMB === null ? null : Math.max(build.peakMemoryMB, index.peakMemoryMB ?? build.peakMemoryMB),
      distBytes: folderBytes(out),
      pagefindBytes: folderBytes(join(out, 'pagefind')),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
    // The next ordinary build must not inherit a content store that points at the removed folder.
    clearDirs(root, ASTRO_STATE);
  }
}

/**
 * JavaScript weight per page, read from dist/: a page without checkpoint answers ships at most 4 KB of gzipped
 * JavaScript in total (inline scripts plus every module it loads, each compressed on its own as a server would).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/fixtures';
import { DIST, PAGES, htmlOf } from './support/site';

const PLAIN_PAGE_BUDGET = 4 * 1024;

/** The gzipped size of a module and of everything it imports, each file counted once. */
function moduleBytes(file: string, seen: Set<string>): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const imports = [...source.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)].map((match) =>
    join(file, '..', match[1]!),
  );
  return gzipSync(source).length + imports.reduce((sum, imported) => sum + moduleBytes(imported, seen), 0);
}

function pageScriptBytes(path: string): number {
  const seen = new Set<string>();
  let bytes = 0;
  for (const [, attributes = '', body = ''] of htmlOf(path).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) bytes += moduleBytes(join(DIST, new URL(src, 'http://x/').pathname), seen);
    else if (!/type="application\/(?:ld\+)?json"/.test(attributes)) bytes += gzipSync(body).length;
  }
  return bytes;
}

test('a page without answers, figures or math ships at most 4 KB of gzipped JavaScript', () => {
  // Figure and math pages have budgets of their own; this one guards the plain reading pages.
  const plainPages = PAGES.filter((path) => !/<details class="answer"|<figure|class="katex"/.test(htmlOf(path)));
  expect(plainPages.length).toBeGreaterThan(0);
  const sizes = Object.fromEntries(plainPages.map((path) => [path, pageScriptBytes(path)]));
  test.info().annotations.push({ type: 'gzipped JS bytes', description: JSON.stringify(sizes) });
  for (const [path, bytes] of Object.entries(sizes))
    expect(bytes, `${path}: ${bytes} B`).toBeLessThanOrEqual(PLAIN_PAGE_BUDGET);
});

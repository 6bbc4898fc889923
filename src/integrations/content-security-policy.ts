/**
 * Gives every built page a Content-Security-Policy <meta>, hashing each inline <script> it finds in the HTML.
 *
 * It runs after the build on the HTML as written, so it covers every inline script whatever produced it
 * (component scripts Astro inlines, `is:inline`/`define:vars` scripts, plugin output). Astro's own
 * `security.csp` skips `is:inline` scripts, and the theme script must be inline to run before first paint.
 * README.md ("Content-Security-Policy") explains each directive and the matching HTTP headers for hosts.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { attribute, elements, parseHtml, rawText } from '../lib/build/html-tree.ts';

/** The policy for a page whose inline scripts have these sources (`'sha256-…'` values). */
export function policyFor(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    // No 'unsafe-inline': an inline script runs only if its exact text was hashed at build time.
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index; it does not allow eval().
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    // 'unsafe-inline' for styles only: Mermaid writes a <style> into each SVG it renders in the browser, and KaTeX
    // and TikZ output carry style attributes, none of which can be hashed ahead of time. Styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // data: images are small icons inlined by CSS and diagram renderers.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Returns `html` with the policy <meta> inserted at the top of <head>, before any script can run. */
export function addPolicyMeta(html: string, file: string): string {
  const all = [...elements(parseHtml(html))];
  if (
    all.some((el) => el.tagName === 'meta' && attribute(el, 'http-equiv')?.toLowerCase() === 'content-security-policy')
  ) {
    throw new Error(`${file}: already has a Content-Security-Policy <meta>; remove it, the build adds one.`);
  }
  const inlineScripts = all.filter((el) => el.tagName === 'script' && attribute(el, 'src') === undefined);
  // A script element's only child is its raw text, exactly as the browser hashes it.
  const hashes = [...new Set(inlineScripts.map((el) => sha256(rawText(el))))];
  const head = all.find((el) => el.tagName === 'head');
  const first = head?.children.find((node) => node.type === 'element');
  // Right after <meta charset> when that opens <head> (the charset should stay first), else right after <head>
  // (whose start tag ends at the first ">" after it opens: it has no attributes that could hold one).
  const headStart = head?.position?.start.offset;
  const offset =
    first?.type === 'element' && first.tagName === 'meta' && attribute(first, 'charset') !== undefined
      ? first.position?.end.offset
      : headStart === undefined
        ? undefined
        : html.indexOf('>', headStart) + 1;
  if (offset === undefined) throw new Error(`${file}: no <head> to put the Content-Security-Policy in.`);
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(hashes)}">`;
  return html.slice(0, offset) + meta + html.slice(offset);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        for (const file of files) await writeFile(file, addPolicyMeta(await readFile(file, 'utf8'), file));
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}

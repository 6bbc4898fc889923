/**
 * Fails if any built page or stylesheet would load something from another host: a script, stylesheet, font, image,
 * frame or CSS url() with an absolute http(s):// or protocol-relative address. Plain <a> links, the canonical
 * link and meta tags (Open Graph) may name other hosts, since nothing is fetched from them.
 *
 *   node scripts/check-self-hosted.ts [dist folder]
 *
 * The e2e fixture checks the same thing at run time, including requests made by scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attribute, attributes, elements, parseHtml, rawText, type HtmlElement } from '../src/lib/build/html-tree.ts';

const dist = process.argv[2] ?? 'dist';
const remote = /^\s*(https?:)?\/\//i;
/** Attributes whose URL the browser fetches (or may fetch) on its own. */
const fetchedAttributes = new Set([
  'src',
  'href',
  'srcset',
  'poster',
  'data',
  'action',
  'formaction',
  'xlink:href',
  'background',
]);
/** Where another host is fine: nothing is downloaded from these when the page loads. */
const mayNameOtherHosts = (el: HtmlElement) =>
  el.tagName === 'a' ||
  (el.tagName === 'link' && /\b(canonical|alternate|me|author|license)\b/i.test(attribute(el, 'rel') ?? ''));
/** `url(…)` and `@import "…"` addresses in CSS text. */
const cssUrls = (css: string) =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)].map((m) => (m[2] ?? m[4])!);

const files = (ext: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name));

const problems: string[] = [];
for (const file of files('.html')) {
  const where = relative(dist, file);
  for (const el of elements(parseHtml(readFileSync(file, 'utf8')))) {
    for (const { name, value } of attributes(el)) {
      const urls =
        name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      if (fetchedAttributes.has(name) && !mayNameOtherHosts(el) && urls.some((url) => remote.test(url))) {
        problems.push(`${where}: <${el.tagName} ${name}="${value}"> loads from another host`);
      }
      if (name === 'style')
        for (const url of cssUrls(value))
          if (remote.test(url)) problems.push(`${where}: <${el.tagName} style> loads ${url}`);
    }
    if (el.tagName === 'style') {
      for (const url of cssUrls(rawText(el))) if (remote.test(url)) problems.push(`${where}: <style> loads ${url}`);
    }
  }
}
for (const file of files('.css')) {
  for (const url of cssUrls(readFileSync(file, 'utf8'))) {
    if (remote.test(url)) problems.push(`${relative(dist, file)}: loads ${url}`);
  }
}

for (const problem of problems) console.error(problem);
console.error(`check-self-hosted ${dist}: ${problems.length} reference(s) to another host.`);
process.exit(problems.length ? 1 : 0);

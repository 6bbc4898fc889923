/**
 * The compile-time checks, run on small fixture pages (test/fixtures/content, outside the real content): a link to
 * a missing page or an unknown glossary term fails the compile, naming the file, the link and what exists nearby.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkCrossReferences, resolveLink } from '../src/plugins/remark-cross-references.ts';
import { remarkGlossaryTerms } from '../src/plugins/remark-glossary-terms.ts';

const contentDir = join(import.meta.dirname, 'fixtures', 'content');

/**
 * Compiles one fixture page the way the site does, with both checks, and returns the generated code. Like Astro,
 * it blanks the frontmatter but keeps its lines, so reported line numbers match the file.
 */
async function compileFixture(page: string, base = '/') {
  const path = join(contentDir, 'demo', page);
  const file = new VFile({
    path,
    value: readFileSync(path, 'utf8').replace(/^---[\s\S]*?---/, (frontmatter) => frontmatter.replace(/[^\n]/g, '')),
  });
  const remarkPlugins = [remarkCrossReferences({ contentDir, base }), remarkGlossaryTerms({ contentDir })];
  return String(await compile(file, { remarkPlugins }));
}

describe('remarkCrossReferences', () => {
  it('accepts links to pages, headings, questions, answers, glossary terms and explicit ids', async () => {
    await expect(compileFixture('index.mdx')).resolves.toContain('https://example.org/x');
  });

  it('fails on a link to a missing page, naming the file, the line, the link and the nearest pages', async () => {
    const failure = compileFixture('broken-links.mdx');
    await expect(failure).rejects.toThrow('demo/broken-links.mdx: 1 broken cross-reference(s)');
    await expect(failure).rejects.toThrow(
      'line 7: link "../targt/" — no page /demo/targt/. Nearest pages: /demo/target/',
    );
  });

  it('leaves #fragments to the check on the built HTML, where the real ids are', async () => {
    // "#a-sektion" does not exist, but only the rendered page knows its ids (scripts/links/link-check.ts).
    await expect(compileFixture('wrong-anchor.mdx')).resolves.toContain('../target/#a-sektion');
  });

  it('prefixes root-relative links with the base path, and leaves relative ones alone', async () => {
    const code = await compileFixture('index.mdx', '/guide/');
    expect(code).toContain('"/guide/demo/target/#answer-1"');
    expect(code).toContain('"../demo/target/#a-section"');
  });
});

describe('resolveLink', () => {
  it.each([
    ['#q1', { path: 'g/p/', fragment: 'q1' }],
    ['../other/#a%20b', { path: 'g/other/', fragment: 'a b' }],
    ['../other', { path: 'g/other/', fragment: '' }],
    ['/g/', { path: 'g/', fragment: '' }],
    ['/', { path: '', fragment: '' }],
  ])('resolves %s from g/p/ to a page and fragment', (url, expected) => {
    expect(resolveLink(url, 'g/p/')).toEqual(expected);
  });

  it.each(['https://example.org/', '//cdn.example.org/x', 'mailto:a@example.org', '/favicon.svg'])(
    'leaves %s alone: it is not a page of the site',
    (url) => {
      expect(resolveLink(url, 'g/p/')).toBeUndefined();
    },
  );
});

describe('remarkGlossaryTerms', () => {
  it('fails on an unknown term id, naming the file, the id and the nearest known ids', async () => {
    await expect(compileFixture('unknown-term.mdx')).rejects.toThrow(
      /demo\/unknown-term\.mdx: unknown glossary term\(s\):\n {2}- line \d+: <Term id="shards"> — not in content\/demo\/glossary\.yaml\. Nearest: shard/,
    );
  });
});

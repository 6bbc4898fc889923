/**
 * What the build promises about links, checked on real builds of a small fixture site (test/fixtures/link-site,
 * two guides): the link check on the built HTML, ids that depend only on their own page, and the published-anchors
 * manifest with heading and page aliases. Each build takes a few seconds; they run one after another.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite, type BuiltSite } from '../scripts/links/built-site.ts';
import { checkLinks } from '../scripts/links/link-check.ts';
import { checkLock, publishedAnchors } from '../scripts/links/anchors-lock.ts';
import { buildSite, cleanUp, copyContent } from './support/build-site.ts';

const fixture = join(import.meta.dirname, 'fixtures', 'link-site');
let site: BuiltSite;

beforeAll(async () => {
  site = readBuiltSite(await buildSite(fixture));
}, 300_000);
afterAll(cleanUp);

/** The ids of each page of a build, in document order. */
const idsByPage = (built: BuiltSite) => new Map([...built.pages].map(([path, page]) => [path, [...page.ids]]));

describe('the link check on the built HTML', () => {
  const problems = () => checkLinks(site);

  it('accepts anchors that exist only once rendered: a math heading, a figure, an exam tip, an answer, a term', () => {
    expect(problems().filter((problem) => problem.startsWith('/demo/:'))).toEqual([]);
  });

  it('fails on a link to an anchor the target lacks, naming the page that holds the link and the nearest ids', () => {
    expect(problems()).toEqual([
      // The print edition copies the page with the broken link, so it holds the broken link too.
      expect.stringMatching(/^\/demo\/print\/: <a href="#target--cost-of-nnn-runs"> — \/demo\/print\/ has no #/),
      '/demo/wrong-anchor/: <a href="../target/#cost-of-nnn-runs"> — /demo/target/ has no #cost-of-nnn-runs. ' +
        'Nearest: /demo/target/#cost-of-n-runs, /demo/target/#toc-heading, /demo/target/#main-content',
    ]);
  });
});

describe('ids', () => {
  it('depend only on their own page: adding a page to another guide changes no id of any existing page', async () => {
    // "alpha" sorts before "demo", so its new page is rendered before the others: a build-wide counter would shift
    // the ids of every later page with a glossary term.
    const content = copyContent(fixture);
    writeFileSync(
      join(content, 'alpha', 'extra.mdx'),
      '---\ntitle: Extra\ndescription: A page added later.\norder: 2\n---\n\n' +
        'Terms again: <Term id="shard" guide="demo">shard</Term> and <Term id="shard" guide="demo">shards</Term>.\n',
    );
    const after = idsByPage(readBuiltSite(await buildSite(content)));
    expect(after.has('/alpha/extra/')).toBe(true);
    // The guide's own study tools (its print edition) gather all of its pages, so they gain the new page's ids.
    const gathered = (path: string) => /^\/alpha\/(print|flashcards|exam-tips)\/$/.test(path);
    for (const [path, ids] of idsByPage(site)) if (!gathered(path)) expect(after.get(path), path).toEqual(ids);
  }, 300_000);
});

describe('the published-anchors manifest', () => {
  it('fails when a heading is renamed, and passes once the heading keeps its old id and a moved page its old URL', async () => {
    const lock = publishedAnchors(site);
    expect(lock).toContain('/demo/target/#a-section');
    expect(checkLock(site, lock)).toEqual({ missing: [], unlisted: [] });

    const content = copyContent(fixture);
    const target = join(content, 'demo', 'target.mdx');
    writeFileSync(target, readFileSync(target, 'utf8').replace('## A section', '## A renamed section'));
    const renamed = checkLock(readBuiltSite(await buildSite(content)), lock);
    expect(renamed.missing).toEqual([
      expect.stringContaining('/demo/print/#target--a-section: '),
      expect.stringContaining('/demo/target/#a-section: #a-section is gone from /demo/target/.'),
    ]);
    expect(renamed.missing[1]).toContain('"## New heading <Anchor id="a-section" />"');
    expect(renamed.unlisted).toEqual(['/demo/print/#target--a-renamed-section', '/demo/target/#a-renamed-section']);

    // The heading keeps its old id, and the page moves to a new address, keeping the old one as an alias.
    const moved = join(content, 'demo', 'moved.mdx');
    renameSync(target, moved);
    writeFileSync(
      moved,
      readFileSync(moved, 'utf8')
        .replace('## A renamed section', '## A renamed section <Anchor id="a-section" />')
        .replace('order: 2', 'order: 2\naliases: [demo/target]'),
    );
    for (const page of ['index.mdx', 'wrong-anchor.mdx']) {
      const file = join(content, 'demo', page);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll('target/', 'moved/'));
    }
    const aliasedDir = await buildSite(content);
    const aliased = readBuiltSite(aliasedDir);
    expect(aliased.pages.get('/demo/target/')?.redirectTo).toBe('/demo/moved/');
    expect(checkLock(aliased, lock).missing).toEqual([]);
    // The old id lands on the heading itself, which keeps the id of its new text.
    const html = readFileSync(join(aliasedDir, 'demo', 'moved', 'index.html'), 'utf8');
    expect(html).toMatch(
      /<h2 id="a-renamed-section"><span id="a-section" class="anchor-alias"><\/span>A renamed section</,
    );
  }, 600_000);
});

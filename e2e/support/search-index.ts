/**
 * What Pagefind indexed in a built site, read from its output (`pagefind/fragment/`, `pagefind/vocabulary.json`),
 * so the search specs take every query from the build they are served from, the fixture site or the real one
 * under /guide/, and name no content. Each helper fails, naming what it looked for, when the build has no such
 * word: a search test whose target is missing fails rather than skips.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BuiltSite } from './built-site.ts';

/** An element with an id that Pagefind records, and where it starts: an index into the page's words. */
export type IndexedAnchor = { element: string; id: string; location: number };
/** A page as Pagefind indexed it: its URL path (with the base path), its words in order and its anchors. */
export type IndexedPage = { path: string; words: string[]; anchors: IndexedAnchor[] };
/** A word of the index, as written in the page, and the page and element (by id) it stands in. */
export type Found = { word: string; path: string; id: string };

/** Pagefind's page fragments are gzipped JSON after this signature (see src/integrations/pagefind.ts). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** A word as vocabulary.json counts it: lower case, without the punctuation around it. */
export const normalise = (raw: string) => raw.toLowerCase().replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
/** The word as written, without the punctuation around it. */
const bare = (raw: string) => raw.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
/** A plain word: letters only, at least `min` of them. */
const plain = (word: string, min: number) => new RegExp(`^\\p{L}{${min},}$`, 'u').test(word);
/**
 * What a word's other forms start with: Pagefind matches a word by its stem ("making" finds "make"), so a word
 * counts as rare only when no other word of the index begins like it: all but its last four letters ("running"
 * and "run"), and at least its first three.
 */
const stemOf = (word: string) => {
  const lower = normalise(word);
  return lower.slice(0, Math.max(3, lower.length - 4));
};

const indexes = new Map<string, ReturnType<typeof readIndex>>();

/** The index of `site`, read once per worker. */
export function indexOf(site: BuiltSite) {
  if (!indexes.has(site.DIST)) indexes.set(site.DIST, readIndex(site));
  return indexes.get(site.DIST)!;
}

function readIndex(site: BuiltSite) {
  const dir = join(site.DIST, 'pagefind');
  const pages: IndexedPage[] = readdirSync(join(dir, 'fragment'))
    .sort()
    .map((file) => {
      const text = gunzipSync(readFileSync(join(dir, 'fragment', file))).toString('utf8');
      const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as {
        url: string;
        content: string;
        anchors: IndexedAnchor[];
      };
      return {
        path: site.BASE + fragment.url.replace(/^\//, ''),
        words: fragment.content.split(/\s+/),
        anchors: fragment.anchors,
      };
    });
  const vocabulary = JSON.parse(readFileSync(join(dir, 'vocabulary.json'), 'utf8')) as Record<string, number>;
  const words = Object.keys(vocabulary);
  /** Words of the index that Pagefind could take for this one's forms (the same first letters). */
  const relatives = (word: string) => words.filter((other) => other.startsWith(stemOf(word)));
  /** The words of each anchor's part of a page, up to the next anchor. */
  const parts = (page: IndexedPage) =>
    page.anchors.map((anchor, i) => ({
      anchor,
      words: page.words.slice(anchor.location, page.anchors[i + 1]?.location ?? page.words.length),
    }));
  return { pages, vocabulary, words, relatives, parts };
}

/**
 * A word used once in the whole index, with no other form of it indexed, inside a section under an h2 or h3:
 * searching it finds that section and nothing else.
 */
export function sectionWord(site: BuiltSite): Found {
  const { pages, vocabulary, relatives, parts } = indexOf(site);
  for (const page of pages) {
    for (const { anchor, words } of parts(page)) {
      if (!/^h[23]$/.test(anchor.element)) continue;
      const word = words
        .map(bare)
        .find((w) => plain(w, 6) && vocabulary[normalise(w)] === 1 && relatives(w).length === 1);
      if (word) return { word, path: page.path, id: anchor.id };
    }
  }
  throw new Error(`${site.DIST}: no word is used once in the index, inside a section with an id.`);
}

/**
 * A word that, on its page, stands only inside one checkpoint answer (`answer-N`), no form of it anywhere else on
 * that page: the rarest such word of the index, so its page is among the first results.
 */
export function answerWord(site: BuiltSite): Found {
  const { pages, vocabulary, parts } = indexOf(site);
  const found: (Found & { uses: number })[] = [];
  for (const page of pages) {
    const pageWords = page.words.map(normalise);
    for (const { anchor, words } of parts(page)) {
      if (!/^answer-\d+$/.test(anchor.id)) continue;
      const start = anchor.location;
      const end = start + words.length;
      for (const word of words.map(bare)) {
        if (!plain(word, 5)) continue;
        const stem = stemOf(word);
        const elsewhere = pageWords.some((other, i) => other.startsWith(stem) && (i < start || i >= end));
        if (!elsewhere) found.push({ word, path: page.path, id: anchor.id, uses: vocabulary[normalise(word)] ?? 0 });
      }
    }
  }
  const rarest = found.sort((a, b) => a.uses - b.uses)[0];
  if (!rarest) throw new Error(`${site.DIST}: no checkpoint answer has a word that no other part of its page has.`);
  return { word: rarest.word, path: rarest.path, id: rarest.id };
}

/** The most used plain word of the index (of at least `min` letters): it is on many pages. */
export function commonWord(site: BuiltSite, min = 5): string {
  const { vocabulary } = indexOf(site);
  const [word] =
    Object.entries(vocabulary)
      .filter(([w]) => plain(w, min))
      .sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!word) throw new Error(`${site.DIST}: the index has no word of ${min} letters or more.`);
  return word;
}

/** The plain words of `html`'s text, tags, character references and all. */
const textWords = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .split(/\s+/)
    .map(bare);

/**
 * A word of the site footer that no page's article uses in any form: a search for it can only find it where the
 * footer is indexed.
 */
export function footerWord(site: BuiltSite): string {
  const footer = /<footer\b[\s\S]*?<\/footer>/.exec(site.htmlOf(site.PAGES[0]!))?.[0];
  if (!footer) throw new Error(`${site.PAGES[0]} has no <footer>.`);
  const inArticles = [
    ...new Set(
      site.PAGES.flatMap((path) => [...site.htmlOf(path).matchAll(/<article\b[\s\S]*?<\/article>/g)])
        .flatMap(([article]) => textWords(article))
        .map(normalise),
    ),
  ];
  const word = textWords(footer).find((w) => plain(w, 6) && !inArticles.some((other) => other.startsWith(stemOf(w))));
  if (!word) throw new Error(`${site.DIST}: every word of the footer is in some article too.`);
  return word;
}

/**
 * A search alias that a section carries but does not show (`<p hidden class="search-aliases">` after its
 * heading): the one whose rarest word has the fewest uses in the index, counting its other forms, so that
 * section is the first place the alias leads to.
 */
export function aliasWord(site: BuiltSite): Found {
  const { vocabulary, relatives } = indexOf(site);
  const uses = (alias: string) =>
    Math.min(
      ...alias
        .split(/\s+/)
        .map((word) => relatives(word).reduce((sum, form) => sum + vocabulary[form]!, 0))
        .filter((n) => n > 0),
    );
  const aliases = site.PAGES.filter((path) => !/\/print\/$/.test(path)).flatMap((path) =>
    [
      ...site.htmlOf(path).matchAll(/<h\d id="([^"]+)"[^>]*>.*?<\/h\d><p hidden class="search-aliases"[^>]*>([^<]+)/g),
    ].flatMap(([, id, list]) => list!.split(',').map((alias) => ({ word: alias.trim(), path, id: id! }))),
  );
  const rarest = aliases.sort((a, b) => uses(a.word) - uses(b.word))[0];
  if (!rarest) throw new Error(`${site.DIST}: no section has a search alias (<p hidden class="search-aliases">).`);
  return rarest;
}

/** A string no word of the index begins like, so no search for it can match. */
export function nonsenseWord(site: BuiltSite): string {
  const { words } = indexOf(site);
  const nonsense = 'xqzjvw';
  if (words.some((word) => word.startsWith(nonsense.slice(0, 3)))) {
    throw new Error(`${site.DIST}: the index has a word beginning "${nonsense.slice(0, 3)}"; choose another.`);
  }
  return nonsense;
}

/** `text` as a regular expression matching it literally. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where in a page a search result should land. Pagefind splits pages into sub-results at headings only, so a match
 * in a checkpoint question, a glossary term or an exam tip would link to the section above it. Its page data also
 * lists every element with an id (`anchors`, each with the word position it starts at), and the positions of the
 * matched words: from those this module cuts a page into landings of its own — headings, questions (#qN),
 * answers, glossary terms (<dt id>), exam tips (#tip-…), update notes (#update-…) and figures (#figure-N) — and
 * gives each matched landing a title, an excerpt and a link.
 *
 * A match inside an answer lands on its question and shows the question with "match in the answer", never the
 * answer's words, so search does not spoil the self-test. An answer is taken to run to the next landing; text
 * after an answer and before the next landing counts as the answer's, which errs towards hiding.
 *
 * Pure functions of Pagefind's data: unit-tested without a browser (sections.test.ts).
 */

/** The part of a Pagefind page's data this module reads. */
export interface PageData {
  url: string;
  /** The page's indexed text; positions count its whitespace-separated words from 0. */
  content: string;
  meta: { title?: string };
  /** Every element with an id in the indexed part of the page, in document order. */
  anchors: { element: string; id: string; text?: string; location: number }[];
  /** The matched words' positions, with the score Pagefind gave each. */
  weighted_locations: { location: number; weight: number; balanced_score: number }[];
}

export type LandingKind = 'top' | 'section' | 'question' | 'answer' | 'term' | 'tip' | 'update' | 'figure';

/** One place in a page a result can link to. */
export interface Landing {
  kind: LandingKind;
  id: string;
  /** First word position (inclusive) and end (exclusive). */
  start: number;
  end: number;
  /** The heading's text, as Pagefind read it (headings only). */
  heading?: string | undefined;
}

/** One matched landing, ready to show. */
export interface Section {
  kind: LandingKind;
  /** The page URL with the landing's #id; an answer's is its question's. */
  url: string;
  title: string;
  /** Escaped text with the matched words in <mark>. */
  excerpt: string;
  /** The match is only inside an answer: the excerpt is the question's text. */
  inAnswer: boolean;
  /** How strongly the landing matches (see placeScore). */
  score: number;
}

/** A matched word without case, punctuation or a plain English ending: "Shards," and "shard" count once. */
export const termKey = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, '')
    .replace(/(?:’s|'s|ing|ed|es|s)$/, '');

/**
 * A landing's score: first how many different words of the query it holds, then how much weight (a heading's,
 * a term's) the best match of each word has, then how often they occur. Pagefind's own per-word scores grow so
 * steeply with weight that one word in a heading would outrank a paragraph holding every word. A matched word
 * that is none of the query's (Pagefind also matches near spellings: "re-reading" for "restarts") adds only to
 * the count, not to the words held.
 */
export function placeScore(hits: { word: string; weight: number }[], query: string[]): number {
  const keys = query.map(termKey).filter(Boolean);
  const best = new Map<string, number>();
  for (const { word, weight } of hits) {
    const hit = termKey(word);
    const key = keys.find((k) => hit.startsWith(k) || k.startsWith(hit));
    if (key) best.set(key, Math.max(best.get(key) ?? 0, weight));
  }
  const weights = [...best.values()].reduce((sum, weight) => sum + weight, 0);
  return best.size * 100 + weights * 10 + Math.min(hits.length, 9);
}

/** Which kind of landing an element with an id is, or undefined for ids that only belong to their landing. */
export function landingKind(element: string, id: string): LandingKind | undefined {
  if (element === 'h1') return 'top';
  if (/^h[2-6]$/.test(element)) return 'section';
  if (/^q\d+$/.test(id)) return 'question';
  if (/^answer-\d+$/.test(id)) return 'answer';
  if (element === 'dt') return 'term';
  if (id.startsWith('tip-')) return 'tip';
  if (id.startsWith('update-')) return 'update';
  if (/^figure-\d+$/.test(id)) return 'figure';
  return undefined;
}

/** The page cut into landings, each running to the next one (the first from word 0). */
export function landingsOf(page: PageData, wordCount: number): Landing[] {
  const marks = page.anchors
    .map((anchor) => ({ anchor, kind: landingKind(anchor.element, anchor.id) }))
    .filter((entry): entry is { anchor: PageData['anchors'][number]; kind: LandingKind } => entry.kind !== undefined)
    .sort((a, b) => a.anchor.location - b.anchor.location);
  const landings: Landing[] = [];
  if (marks.length === 0 || marks[0]!.anchor.location > 0) landings.push({ kind: 'top', id: '', start: 0, end: 0 });
  for (const { anchor, kind } of marks) {
    landings.push({ kind, id: anchor.id, start: anchor.location, end: 0, heading: anchor.text });
  }
  landings.forEach((landing, i) => (landing.end = landings[i + 1]?.start ?? wordCount));
  return landings;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Up to `length` words of [start, end), placed to hold as many matched positions as possible (starting a few
 * words before the first of them), escaped, with matched words in <mark>.
 */
export function excerptOf(words: string[], start: number, end: number, matched: number[], length: number): string {
  const inside = matched.filter((at) => at >= start && at < end);
  let from = start;
  let best = -1;
  for (const at of inside) {
    const candidate = Math.max(start, Math.min(at - 3, end - length));
    const count = inside.filter((other) => other >= candidate && other < candidate + length).length;
    if (count > best) [from, best] = [candidate, count];
  }
  const hits = new Set(inside);
  return words
    .slice(from, Math.min(end, from + length))
    .map((word, i) => (hits.has(from + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}

/** The words from `start` to the end of their first sentence (at most `max`), for labels without a heading. */
export function sentenceAt(words: string[], start: number, end: number, max = 10): string {
  const taken: string[] = [];
  for (let at = start; at < Math.min(end, start + max); at += 1) {
    taken.push(words[at]!);
    if (/[.?!]$/.test(words[at]!)) return taken.join(' ').replace(/\.$/, '');
  }
  return `${taken.join(' ')}${end > start + max ? '…' : ''}`;
}

/** The text of a question, without its "Question N." label. */
const questionStart = (words: string[], landing: Landing) =>
  /^Question$/.test(words[landing.start] ?? '') && /^\d+\.$/.test(words[landing.start + 1] ?? '')
    ? landing.start + 2
    : landing.start;

/**
 * Half a word's worth (see placeScore) for a landing whose own title is made only of the query's words: "what is a
 * shard" lands on the term "Shard" before "Hot shard", whose definition says "shard" more often. A bracketed part
 * of a title ("Change Data Capture (CDC)") counts as an alternative name, not as words the query must hold.
 */
export function titleBonus(title: string, query: string[]): number {
  const keys = new Set(query.map(termKey).filter(Boolean));
  const titleKeys = title
    .replace(/\s*\(.*\)\s*$/, '')
    .split(/\s+/)
    .map(termKey)
    .filter(Boolean);
  return titleKeys.length > 0 && titleKeys.every((key) => keys.has(key)) ? 50 : 0;
}

/** The matched landings of a page for the words of `query`, strongest first. */
export function sectionsOf(page: PageData, query: string[], excerptLength: number): Section[] {
  const words = page.content.split(/\s+/);
  const landings = landingsOf(page, words.length);
  const matched = page.weighted_locations.map((hit) => hit.location);
  const base = page.url.split('#')[0]!;
  const byId = new Map(landings.map((landing) => [landing.id, landing]));
  const sections = new Map<Landing, Section>();
  const hits = new Map<Section, { word: string; weight: number }[]>();

  for (const hit of page.weighted_locations) {
    const found = landings.find((landing) => hit.location >= landing.start && hit.location < landing.end);
    if (!found) continue;
    // An answer's matches are credited to its question, which is where the result lands.
    const question = found.kind === 'answer' ? byId.get(`q${found.id.slice('answer-'.length)}`) : undefined;
    const landing = question ?? found;
    const section = sections.get(landing) ?? describe(landing, words, base, page, matched, excerptLength);
    hits.set(section, [...(hits.get(section) ?? []), { word: words[hit.location] ?? '', weight: hit.weight }]);
    if (landing === found && found.kind !== 'answer') section.inAnswer = false;
    sections.set(landing, section);
  }
  for (const [landing, section] of sections) {
    // A tip's shown title is its first sentence (Pagefind gives no text for an <aside>); its id is its title's slug.
    const name = landing.kind === 'tip' ? landing.id.slice('tip-'.length).replaceAll('-', ' ') : section.title;
    section.score = placeScore(hits.get(section) ?? [], query) + titleBonus(name, query);
  }
  return [...sections.values()].sort((a, b) => b.score - a.score);
}

function describe(
  landing: Landing,
  words: string[],
  base: string,
  page: PageData,
  matched: number[],
  excerptLength: number,
): Section {
  const title = (() => {
    if (landing.kind === 'top') return page.meta.title ?? base;
    if (landing.heading) return landing.heading;
    if (landing.kind === 'question') return `Question ${landing.id.slice(1)}`;
    // Pagefind runs a <dt>'s text into its <dd>'s, so the term is named from its id ("change-data-capture").
    if (landing.kind === 'term') return landing.id.replace(/^./, (c) => c.toUpperCase()).replaceAll('-', ' ');
    if (landing.kind === 'answer') return `Answer ${landing.id.slice('answer-'.length)}`;
    if (landing.kind === 'figure') return `Figure ${landing.id.slice('figure-'.length)}`;
    return sentenceAt(words, landing.start, landing.end);
  })();
  const from = landing.kind === 'question' ? questionStart(words, landing) : landing.start;
  // An answer without a question to land on keeps its text to itself.
  if (landing.kind === 'answer') {
    return { kind: 'answer', url: `${base}#${landing.id}`, title, excerpt: '', inAnswer: true, score: 0 };
  }
  return {
    kind: landing.kind,
    url: landing.id ? `${base}#${landing.id}` : base,
    title,
    excerpt: excerptOf(words, from, landing.end, matched, excerptLength),
    // Until a match outside the answer shows up, a question is matched only through its answer.
    inAnswer: landing.kind === 'question',
    score: 0,
  };
}

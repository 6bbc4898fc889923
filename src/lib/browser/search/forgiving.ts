/**
 * Forgiving queries. Pagefind finds only pages that hold every word, reads each word as a prefix and matches near
 * spellings loosely, so a question ("how many shards do I need") finds little, and a misspelt word ("retension")
 * finds unrelated pages. So:
 *   - a word that none of the top results contains as written, and that is in no page (by the build's
 *     vocabulary), is corrected to the nearest word that is ("retention");
 *   - when the query finds nothing, or it is a question (it has filler words), or a word was corrected, these are
 *     tried in order until one finds more pages: the corrected query; that without filler words ("shards"); and
 *     if that still finds nothing, the largest group of those words that pages hold together, dropping one word
 *     at a time (the most specific group on a tie).
 * The caller says which query it shows ("Showing results for …") and offers the corrected query.
 *
 * The search, the text check and the suggestions are passed in, so this is tested without Pagefind
 * (forgiving.test.ts).
 */

/** Words that carry a question's grammar, not its subject. Pagefind would read "a" as any word starting with a. */
export const FILLER_WORDS = new Set(
  (
    'a an the is are was were be been do does did i me my we you your it its this that these those of to in on ' +
    'at by for from with about and or but if so than then there what which who whom whose when where why how ' +
    'can could should would will shall may might must need needs use used using get getting have has had any ' +
    'some more most vs versus into per difference between explain mean means meaning happen happens'
  ).split(' '),
);

/** The words of a query: split at spaces, with sentence punctuation around them removed ("shard?" → "shard"). */
export function wordsOf(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, ''))
    .filter(Boolean);
}

/** A query's words less its filler words, or all of them when every word is filler. */
export function subjectWords(query: string): string[] {
  const words = wordsOf(query);
  const subject = words.filter((word) => !FILLER_WORDS.has(word.toLowerCase()));
  return subject.length > 0 ? subject : words;
}

export interface ForgivingResult<R> {
  /** The query whose results these are. */
  shown: string;
  results: R[];
  /** True when `shown` is not the reader's query. */
  relaxed: boolean;
  /** How many pages the reader's own query found. */
  found: number;
  /** The reader's query with unknown words corrected, when any was. */
  suggestion?: string | undefined;
}

export interface ForgivingOptions<R> {
  /** Runs one query. */
  search: (query: string) => Promise<R[]>;
  /** Whether any of these results holds the word as written (or as the start of a word). */
  contains: (results: R[], word: string) => Promise<boolean>;
  /**
   * For a word in no page, the nearest word that is, if any is near; undefined for a known word. Asked only about
   * words the results do not contain, so the vocabulary behind it loads only then.
   */
  suggest: (word: string) => Promise<string | undefined>;
}

/** How many of the top results are checked for each word. */
const CHECKED_RESULTS = 3;

export async function forgivingSearch<R>(query: string, options: ForgivingOptions<R>): Promise<ForgivingResult<R>> {
  const { search, contains, suggest } = options;
  const results = await search(query);
  const words = wordsOf(query);
  const isFiller = (word: string) => FILLER_WORDS.has(word.toLowerCase());

  const corrections = new Map<string, string>();
  for (const word of words.filter((w) => !isFiller(w))) {
    if (results.length > 0 && (await contains(results.slice(0, CHECKED_RESULTS), word))) continue;
    const nearest = await suggest(word.toLowerCase());
    if (nearest) corrections.set(word, nearest);
  }
  // A question is always worth widening: its filler words only narrow the pages to those that happen to use them
  // ("what" is on few pages). A few precise hits for plain keywords ("DDB Streams") are not.
  const isQuestion = words.some(isFiller) && !words.every(isFiller);
  const little = results.length === 0 || isQuestion;
  if ((!little && corrections.size === 0) || words.length === 0)
    return { shown: query, results, relaxed: false, found: results.length };
  const suggestion = corrections.size > 0 ? words.map((word) => corrections.get(word) ?? word).join(' ') : undefined;
  const corrected = words.map((word) => corrections.get(word) ?? word);
  const subject = corrected.filter((word) => !isFiller(word));

  const tried = new Set([words.join(' ').toLowerCase()]);
  const attempt = async (candidate: string[]) => {
    const shown = candidate.join(' ');
    if (!shown || tried.has(shown.toLowerCase())) return undefined;
    tried.add(shown.toLowerCase());
    return { shown, results: await search(shown) };
  };
  const better = (found: { results: R[] } | undefined, isCorrection: boolean) =>
    found && (found.results.length > results.length || (isCorrection && found.results.length > 0));

  for (const candidate of [corrected, subject]) {
    const found = await attempt(candidate);
    if (better(found, corrections.size > 0)) return { ...found!, relaxed: true, found: results.length, suggestion };
  }
  // Still nothing: the largest group of subject words that some pages share. Drop one word at a time, trying every
  // choice, and keep the group that finds the most pages (on a tie, the one whose words are rarest alone).
  if ((await search(subject.join(' '))).length > 0) {
    return { shown: query, results, relaxed: false, found: results.length, suggestion };
  }
  const counts = new Map(await Promise.all(subject.map(async (w) => [w, (await search(w)).length] as const)));
  for (let size = subject.length - 1; size >= 1; size -= 1) {
    const groups = combinations(subject, size);
    const found = (await Promise.all(groups.map(attempt))).filter((f) => f !== undefined);
    const rarity = (shown: string) => wordsOf(shown).reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    const best = found
      .filter((f) => f.results.length > 0)
      .sort((a, b) => b.results.length - a.results.length || rarity(a.shown) - rarity(b.shown))[0];
    if (best && better(best, corrections.size > 0))
      return { ...best, relaxed: true, found: results.length, suggestion };
  }
  return { shown: query, results, relaxed: false, found: results.length, suggestion };
}

/** Every choice of `size` items from `items`, each in the items' order. */
export function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) => combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
}

/**
 * "Did you mean …?": the nearest words to one that is in no page, by edit distance, from the vocabulary the build
 * writes next to the search index (`<base>pagefind/vocabulary.json`, see src/integrations/pagefind.ts). Loaded
 * only when a query has a word that finds nothing, so an ordinary search never pays for it.
 */
import { distance } from 'fastest-levenshtein';

/** Word → how often the indexed text uses it. */
export type Vocabulary = Record<string, number>;

/** Typos per word worth correcting: one in a short word, two in a longer one. */
const maxDistance = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * For a word in no page, the known word nearest to it (fewest edits, then the most used); undefined when the word
 * is known, it or its stem starts a known word (Pagefind reads every word as a prefix), or no known word is near.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const lower = word.toLowerCase();
  // "shards" is known when "shard" is: Pagefind matches word stems, so an inflection is no misspelling.
  const stem = lower.replace(/(?:ing|ed|es|s)$/, '');
  if (lower in vocabulary || Object.keys(vocabulary).some((known) => known.startsWith(stem))) return undefined;
  let best: { word: string; edits: number; uses: number } | undefined;
  for (const [known, uses] of Object.entries(vocabulary)) {
    if (Math.abs(known.length - lower.length) > maxDistance(lower)) continue;
    const edits = distance(lower, known);
    if (edits === 0 || edits > maxDistance(lower)) continue;
    if (!best || edits < best.edits || (edits === best.edits && uses > best.uses)) best = { word: known, edits, uses };
  }
  return best?.word;
}

let loading: Promise<Vocabulary> | undefined;

/** The nearest known word, with the vocabulary fetched once per page. */
export async function suggestWord(word: string): Promise<string | undefined> {
  loading ??= fetch(`${import.meta.env.BASE_URL}pagefind/vocabulary.json`).then((response) => {
    if (!response.ok) throw new Error(`vocabulary.json: HTTP ${response.status}`);
    return response.json() as Promise<Vocabulary>;
  });
  return nearestWord(word, await loading);
}

import { describe, expect, it } from 'vitest';
import { combinations, forgivingSearch, wordsOf } from './forgiving';
import { nearestWord } from './suggest';

/** A fake index: each page is a set of words; a query finds the pages holding all its words. */
function fakeSearch(pages: string[][]) {
  const queries: string[] = [];
  const search = async (query: string) => {
    queries.push(query);
    const words = wordsOf(query.toLowerCase());
    return pages.filter((page) => words.every((word) => page.includes(word)));
  };
  const contains = async (results: string[][], word: string) =>
    results.some((page) => page.some((known) => known.startsWith(word.toLowerCase())));
  return { search, contains, queries };
}
const vocabulary = { retention: 5, shard: 9, shards: 2, stream: 20 };
const suggest = async (word: string) => nearestWord(word, vocabulary);

describe('forgivingSearch', () => {
  const pages = [['shard', 'stream'], ['shard'], ['shard', 'retention'], ['stream', 'retention']];

  it('keeps a query that finds enough', async () => {
    const { search, contains, queries } = fakeSearch(pages);
    const result = await forgivingSearch('shard', { search, contains, suggest });
    expect(result).toMatchObject({ shown: 'shard', relaxed: false });
    expect(queries).toEqual(['shard']);
  });

  it('drops filler words from a question even when it finds some pages, if that finds more', async () => {
    const { search, contains } = fakeSearch([...pages, ['what', 'shard']]);
    const result = await forgivingSearch('what shard', { search, contains, suggest });
    expect(result).toMatchObject({ shown: 'shard', relaxed: true, found: 1 });
    expect(result.results).toHaveLength(4);
  });

  it('keeps a few precise pages for plain keywords', async () => {
    const { search, contains } = fakeSearch(pages);
    expect(await forgivingSearch('shard retention', { search, contains, suggest })).toMatchObject({
      shown: 'shard retention',
      relaxed: false,
      found: 1,
    });
  });

  it('drops filler words from a question', async () => {
    const { search, contains } = fakeSearch(pages);
    const result = await forgivingSearch('what is a shard?', { search, contains, suggest });
    expect(result).toMatchObject({ shown: 'shard', relaxed: true, suggestion: undefined });
    expect(result.results).toHaveLength(3);
  });

  it('corrects a misspelt word even when loose matching found enough pages', async () => {
    const { search, contains } = fakeSearch(pages);
    const loose = async (query: string) => (query === 'retension' ? pages : search(query));
    const result = await forgivingSearch('retension', { search: loose, contains, suggest });
    expect(result).toMatchObject({ shown: 'retention', relaxed: true, suggestion: 'retention' });
    expect(result.results).toHaveLength(2);
  });

  it('corrects a word that is in no page, and offers the correction', async () => {
    const { search, contains } = fakeSearch(pages);
    const result = await forgivingSearch('retension', { search, contains, suggest });
    expect(result).toMatchObject({ shown: 'retention', relaxed: true, suggestion: 'retention' });
  });

  it('keeps the most specific words when all of them together find nothing', async () => {
    const { search, contains } = fakeSearch(pages);
    // "stream" is on 2 pages and "retention" on 2, "shard" on 3: shard is dropped first.
    const result = await forgivingSearch('shard stream retention', { search, contains, suggest });
    expect(result.relaxed).toBe(true);
    expect(result.shown).toBe('stream retention');
    expect(result.results.length).toBeGreaterThan(0);
  });

  it('says nothing was found, with no suggestion, for a word nothing is near', async () => {
    const { search, contains } = fakeSearch(pages);
    expect(await forgivingSearch('xqzjvw', { search, contains, suggest })).toEqual({
      shown: 'xqzjvw',
      results: [],
      relaxed: false,
      found: 0,
      suggestion: undefined,
    });
  });
});

describe('nearestWord', () => {
  it('allows one edit in a short word and two in a longer one, preferring fewer edits, then more uses', () => {
    expect(nearestWord('retension', vocabulary)).toBe('retention');
    expect(nearestWord('shart', vocabulary)).toBe('shard');
    expect(nearestWord('strem', vocabulary)).toBe('stream');
    expect(nearestWord('xyz', vocabulary)).toBeUndefined();
  });

  it('leaves known words and prefixes of known words alone', () => {
    expect(nearestWord('shard', vocabulary)).toBeUndefined();
    expect(nearestWord('reten', vocabulary)).toBeUndefined();
    expect(nearestWord('streams', vocabulary)).toBeUndefined();
  });
});

describe('combinations', () => {
  it('lists every choice of n items, in order', () => {
    expect(combinations([1, 2, 3], 2)).toEqual([
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    expect(combinations([1, 2], 0)).toEqual([[]]);
  });
});

describe('wordsOf', () => {
  it('strips sentence punctuation but keeps identifiers and hyphens', () => {
    expect(wordsOf(' what is TRIM_HORIZON? fan-out. "x" ')).toEqual(['what', 'is', 'TRIM_HORIZON', 'fan-out', 'x']);
  });
});

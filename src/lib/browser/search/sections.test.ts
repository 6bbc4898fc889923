import { describe, expect, it } from 'vitest';
import {
  excerptOf,
  landingKind,
  placeScore,
  sectionsOf,
  sentenceAt,
  termKey,
  titleBonus,
  type PageData,
} from './sections';

/** A page of numbered words ("w0 w1 …") with the given anchors and matched positions. */
function page(words: string[], anchors: PageData['anchors'], hits: number[]): PageData {
  return {
    url: '/guide/page/',
    content: words.join(' '),
    meta: { title: 'Page' },
    anchors,
    weighted_locations: hits.map((location) => ({ location, weight: 1, balanced_score: 1 })),
  };
}

const text = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`);

describe('landingKind', () => {
  it('knows headings, questions, answers, terms, tips, update notes and figures, and nothing else', () => {
    expect(landingKind('h1', 'page-title')).toBe('top');
    expect(landingKind('h3', 'x')).toBe('section');
    expect(landingKind('div', 'q12')).toBe('question');
    expect(landingKind('details', 'answer-3')).toBe('answer');
    expect(landingKind('dt', 'shard')).toBe('term');
    expect(landingKind('aside', 'tip-a')).toBe('tip');
    expect(landingKind('div', 'update-2026-01-02')).toBe('update');
    expect(landingKind('figure', 'figure-2')).toBe('figure');
    expect(landingKind('span', 'term-shard-37')).toBeUndefined();
    expect(landingKind('div', 'q12x')).toBeUndefined();
  });
});

describe('sectionsOf', () => {
  const words = [
    'Title.',
    ...text(1, 10),
    'Question',
    '1.',
    'What',
    'is',
    'it?',
    'secret',
    'answer',
    'words.',
    'Tail',
    'heading.',
    'more',
  ];
  const anchors = [
    { element: 'h1', id: 'page-title', text: 'Title', location: 0 },
    { element: 'div', id: 'q1', location: 10 },
    { element: 'details', id: 'answer-1', location: 15 },
    { element: 'h2', id: 'tail', text: 'Tail heading', location: 18 },
  ];

  it('lands a match in an answer on its question, showing the question and not the answer', () => {
    const [section] = sectionsOf(page(words, anchors, [16]), ['secret'], 24);
    expect(section).toMatchObject({ kind: 'question', url: '/guide/page/#q1', title: 'Question 1', inAnswer: true });
    expect(section!.excerpt).toBe('What is it?');
    expect(section!.excerpt).not.toMatch(/secret|answer/);
  });

  it('a match in the question itself is not "in the answer", and marks the word', () => {
    const [section] = sectionsOf(page(words, anchors, [14, 16]), ['it', 'secret'], 24);
    expect(section).toMatchObject({ url: '/guide/page/#q1', inAnswer: false });
    expect(section!.excerpt).toBe('What is <mark>it?</mark>');
  });

  it('orders landings by score and ignores ids that are not landings', () => {
    const withSpan = [...anchors, { element: 'span', id: 'term-x-1', location: 19 }];
    const sections = sectionsOf(page(words, withSpan, [2, 19, 20]), ['w2', 'heading', 'more'], 24);
    expect(sections.map((s) => s.url)).toEqual(['/guide/page/#tail', '/guide/page/#page-title']);
    expect(sections[0]!.title).toBe('Tail heading');
  });

  it('an answer with no question to land on shows no text', () => {
    const [section] = sectionsOf(
      page(
        words,
        anchors.filter((a) => a.id !== 'q1'),
        [16],
      ),
      ['secret'],
      24,
    );
    expect(section).toMatchObject({ kind: 'answer', excerpt: '', inAnswer: true });
  });
});

describe('placeScore', () => {
  it('ranks more different words over weight, and weight over repetition', () => {
    const hit = (word: string, weight = 1) => ({ word, weight });
    const query = ['spark', 'streaming'];
    const twoWords = placeScore([hit('spark'), hit('streaming')], query);
    const oneInHeading = placeScore([hit('Streaming', 7), hit('streams'), hit('stream.')], query);
    expect(twoWords).toBeGreaterThan(oneInHeading);
    const many = Array.from({ length: 20 }, () => hit('stream'));
    expect(oneInHeading).toBeGreaterThan(placeScore(many, query));
  });

  it('does not count near spellings Pagefind matched as words of the query', () => {
    const query = ['glue', 'restarts'];
    const fuzzy = placeScore(
      [
        { word: 'Glue', weight: 1 },
        { word: 're-reading', weight: 1 },
      ],
      query,
    );
    const real = placeScore(
      [
        { word: 'Glue', weight: 1 },
        { word: 'restarted', weight: 1 },
      ],
      query,
    );
    expect(real).toBeGreaterThan(fuzzy + 50);
    expect(termKey('Shards,')).toBe(termKey('shard'));
  });
});

describe('excerptOf', () => {
  it('escapes HTML and keeps within the landing', () => {
    expect(excerptOf(['<b>', 'a&b', 'c'], 0, 2, [1], 5)).toBe('&lt;b&gt; <mark>a&amp;b</mark>');
  });

  it('for every range and match, returns at most `length` words of the range holding a match', () => {
    const all = text(0, 60);
    for (let start = 0; start < 50; start += 7)
      for (let end = start + 1; end <= 60; end += 5)
        for (let at = start; at < end; at += 3) {
          const shown = excerptOf(all, start, end, [at], 8).split(' ');
          expect(shown.length).toBeLessThanOrEqual(8);
          expect(shown).toContain(`<mark>w${at}</mark>`);
          for (const word of shown) {
            const n = Number(word.replace(/<\/?mark>|w/g, ''));
            expect(n >= start && n < end).toBe(true);
          }
        }
  });
});

describe('sentenceAt', () => {
  it('stops at the first sentence end or after max words', () => {
    expect(sentenceAt(['Exam', 'tip:', 'overhead.', 'More'], 0, 4)).toBe('Exam tip: overhead');
    expect(sentenceAt(text(0, 20), 0, 20, 3)).toBe('w0 w1 w2…');
  });
});

describe('titleBonus', () => {
  it('favours a landing titled only with words of the query, ignoring a bracketed other name', () => {
    expect(titleBonus('Shard', ['what', 'is', 'a', 'shard'])).toBe(50);
    expect(titleBonus('Shards', ['shard'])).toBe(50);
    expect(titleBonus('Hot shard', ['what', 'is', 'a', 'shard'])).toBe(0);
    expect(titleBonus('Change Data Capture (CDC)', ['change', 'data', 'capture'])).toBe(50);
    expect(titleBonus('', ['shard'])).toBe(0);
  });

  it('puts the exactly named term first when another landing says the word more often', () => {
    const words = ['Shard', 'w1', 'w2', 'Hot', 'shard', 'shard', 'shard', 'shard'];
    const sections = sectionsOf(
      page(
        words,
        [
          { element: 'dt', id: 'shard', text: 'Shard', location: 0 },
          { element: 'dt', id: 'hot-shard', text: 'Hot shard', location: 3 },
        ],
        [0, 4, 5, 6, 7],
      ),
      ['what', 'is', 'a', 'shard'],
      10,
    );
    expect(sections.map((section) => section.url)).toEqual(['/guide/page/#shard', '/guide/page/#hot-shard']);
  });
});

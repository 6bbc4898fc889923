/** The limits check: every quote of a limit in prose must give the data file's number, and no pattern may go stale. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMisquotes, formatLimit, parseQuotedNumber } from './limit-quotes';

const shardWrites = { id: 'shard-write-records', value: 1000, quoted: ['(\\d[\\d,]*) records/s of writes'] };

describe('parseQuotedNumber', () => {
  it('reads every whole number the way the numbers page writes it, with or without grouping commas', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(parseQuotedNumber(value.toLocaleString('en-US'))).toBe(value);
        expect(parseQuotedNumber(String(value))).toBe(value);
      }),
    );
  });

  it('reads decimals and refuses what is not a plain number', () => {
    expect(parseQuotedNumber('2.5')).toBe(2.5);
    expect(parseQuotedNumber('1,00')).toBeUndefined();
    expect(parseQuotedNumber('1e3')).toBeUndefined();
    expect(parseQuotedNumber('')).toBeUndefined();
  });
});

describe('findMisquotes', () => {
  it('accepts a guide whose every quote gives the value', () => {
    const sources = [
      { file: 'a.mdx', text: 'Each shard takes 1,000 records/s of writes.\nAgain: 1000 records/s of writes.' },
    ];
    expect(findMisquotes([shardWrites], sources)).toEqual([]);
  });

  it('names the file, the line and both numbers when a quote was changed', () => {
    const sources = [
      { file: 'a.mdx', text: 'Intro.\nEach shard takes 1,000 records/s of writes.' },
      { file: 'b.mdx', text: 'Line one.\nLine two.\nEach shard takes 1,500 records/s of writes.' },
    ];
    expect(findMisquotes([shardWrites], sources)).toEqual([
      {
        limit: 'shard-write-records',
        message: 'b.mdx:3: "1,500 records/s of writes" quotes 1,500, but limits.yaml gives 1000',
      },
    ]);
  });

  it('finds any changed number, whatever the value and wherever it stands', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), fc.nat({ max: 10 ** 9 }), fc.nat({ max: 20 }), (value, quoted, line) => {
        const text = `${'x\n'.repeat(line)}takes ${quoted.toLocaleString('en-US')} records/s of writes`;
        const problems = findMisquotes([{ ...shardWrites, value }], [{ file: 'p.mdx', text }]);
        if (quoted === value) expect(problems).toEqual([]);
        else
          expect(problems).toEqual([
            expect.objectContaining({ message: expect.stringMatching(`^p.mdx:${line + 1}: `) }),
          ]);
      }),
    );
  });

  it('fails a pattern that matches nothing, so a check cannot silently stop checking', () => {
    const problems = findMisquotes([shardWrites], [{ file: 'a.mdx', text: 'No quotes here.' }]);
    expect(problems).toEqual([{ limit: 'shard-write-records', message: expect.stringContaining('matches nothing') }]);
  });

  it('fails a pattern without a capture group, or one that does not compile', () => {
    const sources = [{ file: 'a.mdx', text: '1 MB/s' }];
    expect(findMisquotes([{ id: 'x', value: 1, quoted: ['\\d MB/s'] }], sources)[0]?.message).toContain(
      'no capture group',
    );
    expect(findMisquotes([{ id: 'x', value: 1, quoted: ['(\\d MB/s'] }], sources)[0]?.message).toContain(
      'not a regular expression',
    );
  });
});

describe('formatLimit', () => {
  it('groups thousands, shows a minus sign and leaves a unitless count bare', () => {
    expect(formatLimit(10000, 'records')).toBe('10,000 records');
    expect(formatLimit(-1, '')).toBe('−1');
    expect(formatLimit(2.5, 'MB/s')).toBe('2.5 MB/s');
  });

  it('writes every number so that the quote check reads it back exactly', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(parseQuotedNumber(formatLimit(value, ''))).toBe(value);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { calculateShards, evaluate, parseInput } from './shard-calculator';

const raw = (fields: Partial<Record<string, string>>) => ({
  writeMb: undefined,
  recordsPerSecond: undefined,
  recordSizeKb: undefined,
  consumers: '1',
  enhancedFanOut: undefined,
  ...fields,
});

describe('calculateShards', () => {
  it('needs exactly one shard at exactly 1 MB/s of writes', () => {
    const result = calculateShards({ writeMb: 1, consumers: 1, enhancedFanOut: false });
    expect(result.shards).toBe(1);
    expect(result.decidingLimit).toBe('write-bandwidth');
  });

  it('needs a second shard just above 1 MB/s', () => {
    expect(calculateShards({ writeMb: 1.001, consumers: 1, enhancedFanOut: false }).shards).toBe(2);
  });

  it('needs two shards at 1,001 records/s even when the bytes fit in one', () => {
    const result = calculateShards({ recordsPerSecond: 1001, recordSizeKb: 0.5, consumers: 1, enhancedFanOut: false });
    expect(result.shards).toBe(2);
    expect(result.decidingLimit).toBe('write-records');
  });

  it('needs one shard at exactly 1,000 records/s', () => {
    expect(
      calculateShards({ recordsPerSecond: 1000, recordSizeKb: 1, consumers: 1, enhancedFanOut: false }).shards,
    ).toBe(1);
  });

  it('lets shared consumers decide when they read more than 2 MB/s per shard combined', () => {
    // 3 MB/s written, read by 4 standard consumers: 12 MB/s of reads ÷ 2 = 6 shards (writes alone need 3).
    const result = calculateShards({ writeMb: 3, consumers: 4, enhancedFanOut: false });
    expect(result.shards).toBe(6);
    expect(result.decidingLimit).toBe('read-bandwidth');
    expect(result.readMb).toBe(12);
  });

  it('stops counting consumers against each other with enhanced fan-out', () => {
    const result = calculateShards({ writeMb: 3, consumers: 4, enhancedFanOut: true });
    expect(result.shards).toBe(3);
    expect(result.decidingLimit).toBe('write-bandwidth');
  });

  it('converts records/s × KB into MB/s with 1,024 KB per MB', () => {
    const result = calculateShards({ recordsPerSecond: 2048, recordSizeKb: 1, consumers: 1, enhancedFanOut: false });
    expect(result.writeMb).toBe(2);
    expect(result.shards).toBe(3); // 2,048 records/s ÷ 1,000 → 3 beats 2 MB/s → 2
  });

  it('keeps at least one shard for a stream with no traffic yet', () => {
    const result = calculateShards({ writeMb: 0, consumers: 0, enhancedFanOut: false });
    expect(result.shards).toBe(1);
    expect(result.total).toBe('max(0, 0) = 0; a stream has at least 1 shard');
  });

  it('shows each step of the arithmetic', () => {
    const { steps } = calculateShards({ writeMb: 3, recordsPerSecond: 2500, consumers: 4, enhancedFanOut: false });
    expect(steps.map((step) => step.arithmetic)).toEqual([
      '⌈3 MB/s ÷ 1 MB/s⌉ = 3',
      '⌈2,500 records/s ÷ 1,000 records/s⌉ = 3',
      '4 consumers × 3 MB/s = 12 MB/s shared; ⌈12 ÷ 2⌉ = 6',
    ]);
    expect(calculateShards({ writeMb: 3, recordsPerSecond: 2500, consumers: 4, enhancedFanOut: false }).total).toBe(
      'max(3, 3, 6) = 6',
    );
  });
});

describe('parseInput', () => {
  it.each([
    ['', 'writeMb', /write throughput/],
    ['-1', 'writeMb', /zero or more/],
    ['abc', 'writeMb', /Enter a number/],
    ['1e12', 'writeMb', /at most/],
    ['NaN', 'writeMb', /Enter a number/],
    ['Infinity', 'writeMb', /Enter a number/],
  ])('rejects write MB/s %j with a message', (value, field, message) => {
    const { input, errors } = parseInput(raw({ writeMb: value }));
    expect(input).toBeUndefined();
    expect(errors).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('asks for the record size when only records/s is given', () => {
    expect(parseInput(raw({ recordsPerSecond: '500' })).errors).toEqual([
      { field: 'recordSizeKb', message: expect.stringMatching(/record size/) },
    ]);
  });

  it('requires a whole number of consumers', () => {
    expect(parseInput(raw({ writeMb: '1', consumers: '1.5' })).errors).toEqual([
      { field: 'consumers', message: 'Enter a whole number.' },
    ]);
  });

  it('accepts thousands separators', () => {
    expect(parseInput(raw({ recordsPerSecond: '1,001', recordSizeKb: '1' })).input?.recordsPerSecond).toBe(1001);
  });
});

describe('evaluate', () => {
  it('never yields NaN for any garbage input', () => {
    for (const value of ['', ' ', '-0', '0x10', '1/0', '∞', '1e400', '.', '--1']) {
      const outcome = evaluate(raw({ writeMb: value, recordsPerSecond: value, recordSizeKb: value, consumers: value }));
      if (outcome.ok) expect(Number.isFinite(outcome.result.shards)).toBe(true);
      else expect(outcome.errors.length).toBeGreaterThan(0);
    }
  });
});

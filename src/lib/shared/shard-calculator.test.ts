import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  MAX_FAN_OUT_CONSUMERS,
  evaluate,
  formatExact,
  fromSearchParams,
  parseInput,
  readNumber,
  toSearchParams,
  type FieldName,
  type Outcome,
  type RawInput,
} from './shard-calculator';

/** Runs per property: enough to cover every digit pattern of the generators below many times over. */
const RUNS = 3000;
fc.configureGlobal({ numRuns: RUNS });

const raw = (fields: Partial<RawInput>): RawInput => ({
  writeMb: undefined,
  recordsPerSecond: undefined,
  recordSizeKb: undefined,
  consumers: '1',
  enhancedFanOut: undefined,
  ...fields,
});
const shardsFor = (fields: Partial<RawInput>) => {
  const outcome = evaluate(raw(fields));
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
};
const errorsFor = (fields: Partial<RawInput>) => {
  const outcome = evaluate(raw(fields));
  return outcome.ok ? [] : outcome.errors;
};

/**
 * The reference: the formula written out in decimal.js, a library for arbitrary-precision decimals, with enough
 * digits that nothing in the input range is ever rounded. It shares no code with the calculator.
 */
const Exact = Decimal.clone({ precision: 200 });
function reference(input: { writeMb?: string; rps?: string; sizeKb?: string; consumers: number; efo: boolean }) {
  const write =
    input.writeMb !== undefined ? new Exact(input.writeMb) : new Exact(input.rps!).times(input.sizeKb!).div(1024);
  const terms = [write.div(1).ceil()];
  if (input.rps !== undefined) terms.push(new Exact(input.rps).div(1000).ceil());
  const reads = input.consumers === 0 ? new Exact(0) : input.efo ? write : write.times(input.consumers);
  terms.push(reads.div(2).ceil());
  const largest = Exact.max(...terms);
  return { shards: Exact.max(1, largest).toNumber(), terms: terms.map((t) => t.toNumber()) };
}

/** A non-negative decimal as a person types it, with up to `decimals` decimals and at most `max`. */
const decimalText = (max: number, decimals: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: decimals }), fc.bigInt({ min: 0n, max: BigInt(max) * 10n ** BigInt(decimals) }))
    .map(([scale, units]) => {
      const text = new Exact(units.toString()).div(new Exact(10).pow(decimals)).toFixed(scale, Decimal.ROUND_DOWN);
      return text;
    });
/** Small values are where the binary-fraction errors lived: weight the generators towards them. */
const smallOrAny = (max: number, decimals: number) =>
  fc.oneof({ weight: 3, arbitrary: decimalText(100, decimals) }, { weight: 1, arbitrary: decimalText(max, decimals) });

const streamInput = fc.record({
  given: fc.constantFrom('write', 'records', 'both'),
  writeMb: smallOrAny(LIMITS.writeMb, 4),
  rps: smallOrAny(LIMITS.recordsPerSecond, 2),
  sizeKb: smallOrAny(LIMITS.recordSizeKb, 3),
  efo: fc.boolean(),
  consumers: fc.integer({ min: 0, max: LIMITS.consumers }),
});
type StreamInput = typeof streamInput extends fc.Arbitrary<infer T> ? T : never;
const toRaw = (s: StreamInput): RawInput => ({
  writeMb: s.given === 'records' ? undefined : s.writeMb,
  recordsPerSecond: s.given === 'write' ? undefined : s.rps,
  recordSizeKb: s.given === 'write' ? undefined : s.sizeKb,
  consumers: String(s.efo ? Math.min(s.consumers, MAX_FAN_OUT_CONSUMERS) : s.consumers),
  enhancedFanOut: String(s.efo),
});

describe('calculateShards against the exact reference (property)', () => {
  it('gives the reference shard count for every input in range', () => {
    fc.assert(
      fc.property(streamInput, (s) => {
        const r = toRaw(s);
        const outcome = evaluate(r);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const expected = reference({
          ...(r.writeMb !== undefined && { writeMb: r.writeMb }),
          ...(r.recordsPerSecond !== undefined && { rps: r.recordsPerSecond, sizeKb: r.recordSizeKb! }),
          consumers: Number(r.consumers),
          efo: s.efo,
        });
        expect(outcome.result.shards).toBe(expected.shards);
        expect(outcome.result.steps.map((step) => step.shards)).toEqual(expected.terms);
      }),
    );
  });

  it('shows steps whose own arithmetic gives the result', () => {
    const ceiling = /⌈(≈?)([\d,.]+)(?: [A-Za-z/]+)? ÷ ([\d,.]+)(?: [A-Za-z/]+)?⌉ = (\d+)$/;
    fc.assert(
      fc.property(streamInput, (s) => {
        const outcome = evaluate(toRaw(s));
        if (!outcome.ok) return;
        const { steps, total, shards, readMb } = outcome.result;
        for (const step of steps) {
          const match = step.arithmetic.match(ceiling);
          if (!match) {
            expect(step.arithmetic).toBe('no consumers, so no reads to fit: 0');
            continue;
          }
          const [, , shown, divisor, result] = match;
          const value = new Exact(shown!.replace(/,/g, '')).div(divisor!.replace(/,/g, ''));
          expect(value.ceil().toNumber(), step.arithmetic).toBe(Number(result));
          expect(Number(result)).toBe(step.shards);
        }
        const terms = total.match(/^max\(([\d, ]+)\) = (\d+)/)!;
        const listed = terms[1]!.split(', ').map(Number);
        expect(listed).toEqual(steps.map((step) => step.shards));
        expect(Math.max(1, Number(terms[2]))).toBe(shards);
        // A rounded number is rounded up, by less than 0.001.
        const shownRead = new Exact(formatExact(readMb).replace(/[≈,]/g, ''));
        const exactRead = new Exact(readMb.num.toString()).div(readMb.den.toString());
        expect(shownRead.gte(exactRead) && shownRead.minus(exactRead).lt(0.001)).toBe(true);
      }),
    );
  });

  it('survives the round trip through the URL unchanged', () => {
    const anyText = fc.oneof(fc.string(), decimalText(1000, 3), fc.constantFrom('1,5', '2,500', '1.234,5', '-1', ''));
    const anyRaw = fc.record({
      writeMb: fc.option(anyText, { nil: undefined }),
      recordsPerSecond: fc.option(anyText, { nil: undefined }),
      recordSizeKb: fc.option(anyText, { nil: undefined }),
      consumers: fc.option(anyText, { nil: undefined }),
      enhancedFanOut: fc.constantFrom('true', 'false', undefined),
    });
    fc.assert(
      fc.property(anyRaw, (r) => {
        const query = toSearchParams(r).toString();
        const back = { ...raw({ consumers: undefined }), ...fromSearchParams(new URLSearchParams(query)) };
        const normalise = (o: Outcome) => JSON.stringify(o, (_, v) => (typeof v === 'bigint' ? String(v) : v));
        expect(normalise(evaluate(back))).toBe(normalise(evaluate(r)));
      }),
    );
  });
});

describe('reading what people type (property)', () => {
  const value = (text: string) => {
    const reading = readNumber(text);
    if (reading.kind !== 'number') throw new Error(`${text} read as ${reading.kind}`);
    return new Exact(reading.value.num.toString()).div(reading.value.den.toString()).toString();
  };

  it('reads a decimal comma as a decimal point wherever it cannot be a thousands separator', () => {
    fc.assert(
      fc.property(decimalText(100_000, 5), (text) => {
        const [whole, fraction] = text.split('.');
        fc.pre(fraction !== undefined && (fraction.length !== 3 || whole === '0' || whole!.length > 3));
        expect(value(`${whole},${fraction}`)).toBe(new Exact(text).toString());
      }),
    );
  });

  it('asks, with both readings, when a comma could be either', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (whole, part) => {
        const digits = String(part).padStart(3, '0');
        const reading = readNumber(`${whole},${digits}`);
        expect(reading.kind).toBe('ambiguous');
        const errors = parseInput(raw({ writeMb: `${whole},${digits}` })).errors;
        const [thousands, decimal] = errors[0]!.choices!;
        expect(value(thousands!)).toBe(String(whole * 1000 + part));
        expect(value(decimal!)).toBe(new Exact(`${whole}.${digits}`).toString());
        for (const choice of errors[0]!.choices!) expect(errorsFor({ writeMb: choice })).toEqual([]);
      }),
    );
  });

  it('reads thousands separators where they can only be thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: LIMITS.recordsPerSecond }), (n) => {
        expect(value(n.toLocaleString('en-US'))).toBe(String(n));
        expect(value(n.toLocaleString('en-US').replace(/,/g, ' '))).toBe(String(n));
      }),
    );
  });

  it('accepts what every error message suggests', () => {
    const field = fc.constantFrom<FieldName>('writeMb', 'recordsPerSecond', 'recordSizeKb', 'consumers');
    const text = fc.oneof(fc.string({ maxLength: 8 }), decimalText(2 * LIMITS.recordsPerSecond, 3), fc.constant('-3'));
    fc.assert(
      fc.property(field, text, fc.boolean(), (name, typed, efo) => {
        const fields = { writeMb: '1', consumers: '1', enhancedFanOut: String(efo), [name]: typed };
        for (const error of errorsFor(fields).filter((e) => e.field === name)) {
          const suggested = [
            ...(error.choices ?? []),
            ...[...error.message.matchAll(/(?:such as|at most|or|Enter) (\d[\d,.]*?)(?=[.?]?(?: |$))/g)].map(
              (m) => m[1]!,
            ),
          ];
          for (const suggestion of suggested) {
            const after = errorsFor({ ...fields, [name]: suggestion }).filter((e) => e.field === name);
            expect(after, `${error.message} → ${suggestion}`).toEqual([]);
          }
        }
      }),
    );
  });
});

describe('named regressions', () => {
  it.each([
    ['0.28', 50, 7, '50 consumers × 0.28 MB/s = 14 MB/s shared; ⌈14 ÷ 2⌉ = 7'],
    ['2.2', 50, 55, '50 consumers × 2.2 MB/s = 110 MB/s shared; ⌈110 ÷ 2⌉ = 55'],
    ['4.4', 45, 99, '45 consumers × 4.4 MB/s = 198 MB/s shared; ⌈198 ÷ 2⌉ = 99'],
  ])('%s MB/s read by %i shared consumers needs %i shards', (writeMb, consumers, shards, step) => {
    const result = shardsFor({ writeMb, consumers: String(consumers) });
    expect(result.shards).toBe(shards);
    expect(result.decidingLimit).toBe('read-bandwidth');
    expect(result.steps.at(-1)!.arithmetic).toBe(step);
  });

  it('says no reads need fitting, not "⌈0.5 ÷ 2⌉ = 0", with enhanced fan-out and no consumers', () => {
    const result = shardsFor({ writeMb: '0.5', consumers: '0', enhancedFanOut: 'true' });
    expect(result.steps.at(-1)!.arithmetic).toBe('no consumers, so no reads to fit: 0');
    expect(result.shards).toBe(1);
  });

  it('reads "1,5" as 1.5, not 15', () => {
    expect(shardsFor({ writeMb: '1,5' }).writeMb).toEqual({ num: 15n, den: 10n });
  });

  it('asks whether "2,500" records/s is 2500 or 2.5, and reads neither silently', () => {
    expect(errorsFor({ recordsPerSecond: '2,500', recordSizeKb: '1' })).toEqual([
      { field: 'recordsPerSecond', message: 'Did you mean 2500 or 2.5?', choices: ['2500', '2.5'] },
    ]);
  });

  it('reads "2,500" consumers as 2500, the only whole reading, and asks about "2,000"', () => {
    expect(errorsFor({ writeMb: '1', consumers: '2,500' })).toEqual([
      { field: 'consumers', message: 'Enter at most 1000.' },
    ]);
    expect(errorsFor({ writeMb: '1', consumers: '2,000' })[0]?.choices).toEqual(['2000', '2']);
  });

  it('suggests a whole number for "two" consumers, and then accepts it', () => {
    expect(errorsFor({ writeMb: '1', consumers: 'two' })).toEqual([
      { field: 'consumers', message: 'Enter a whole number, such as 2.' },
    ]);
    expect(errorsFor({ writeMb: '1', consumers: '2' })).toEqual([]);
    expect(errorsFor({ writeMb: '1', consumers: '2.5' })).toEqual([
      { field: 'consumers', message: 'Enter a whole number, such as 2 or 3.' },
    ]);
  });

  it('caps enhanced fan-out at 20 consumers, says why, and links to AWS', () => {
    const [error] = errorsFor({ writeMb: '1', consumers: '1000', enhancedFanOut: 'true' });
    expect(error).toMatchObject({ field: 'consumers', message: expect.stringMatching(/at most 20 enhanced fan-out/) });
    expect(error!.link!.href).toBe('https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html');
    expect(errorsFor({ writeMb: '1', consumers: '20', enhancedFanOut: 'true' })).toEqual([]);
    expect(errorsFor({ writeMb: '1', consumers: '1000' })).toEqual([]);
  });

  it('shows the GetRecords budget of polling consumers and warns past five', () => {
    expect(shardsFor({ writeMb: '1', consumers: '10' }).polling).toEqual({
      arithmetic: '5 GetRecords calls/s per shard ÷ 10 consumers = 0.5 calls/s each',
      warn: true,
    });
    expect(shardsFor({ writeMb: '1', consumers: '3' }).polling).toEqual({
      arithmetic: '5 GetRecords calls/s per shard ÷ 3 consumers ≈ 1.667 calls/s each',
      warn: false,
    });
    expect(shardsFor({ writeMb: '1', consumers: '5' }).polling?.warn).toBe(false);
    expect(shardsFor({ writeMb: '1', consumers: '5', enhancedFanOut: 'true' }).polling).toBeUndefined();
    expect(shardsFor({ writeMb: '1', consumers: '0' }).polling).toBeUndefined();
  });
});

describe('calculateShards', () => {
  it('needs exactly one shard at exactly 1 MB/s of writes, and two just above', () => {
    expect(shardsFor({ writeMb: '1' })).toMatchObject({ shards: 1, decidingLimit: 'write-bandwidth' });
    expect(shardsFor({ writeMb: '1.001' }).shards).toBe(2);
  });

  it('needs two shards at 1,001 records/s even when the bytes fit in one', () => {
    const result = shardsFor({ recordsPerSecond: '1001', recordSizeKb: '0.5' });
    expect(result).toMatchObject({ shards: 2, decidingLimit: 'write-records' });
    expect(result.steps[0]!.arithmetic).toBe(
      '1,001 records/s × 0.5 KB ÷ 1024 ≈ 0.489 MB/s; ⌈≈0.489 MB/s ÷ 1 MB/s⌉ = 1',
    );
  });

  it('lets shared consumers decide, and enhanced fan-out stop counting them against each other', () => {
    expect(shardsFor({ writeMb: '3', consumers: '4' })).toMatchObject({ shards: 6, decidingLimit: 'read-bandwidth' });
    expect(shardsFor({ writeMb: '3', consumers: '4', enhancedFanOut: 'true' })).toMatchObject({
      shards: 3,
      decidingLimit: 'write-bandwidth',
    });
  });

  it('keeps at least one shard for a stream with no traffic yet', () => {
    expect(shardsFor({ writeMb: '0', consumers: '0' })).toMatchObject({
      shards: 1,
      total: 'max(0, 0) = 0; a stream has at least 1 shard',
    });
  });

  it('shows each step of the arithmetic', () => {
    const result = shardsFor({ writeMb: '3', recordsPerSecond: '2500', consumers: '4' });
    expect(result.steps.map((step) => step.arithmetic)).toEqual([
      '⌈3 MB/s ÷ 1 MB/s⌉ = 3',
      '⌈2,500 records/s ÷ 1,000 records/s⌉ = 3',
      '4 consumers × 3 MB/s = 12 MB/s shared; ⌈12 ÷ 2⌉ = 6',
    ]);
    expect(result.total).toBe('max(3, 3, 6) = 6');
  });
});

describe('parseInput', () => {
  it.each([
    ['', /write throughput/],
    ['-1', /0 or more/],
    ['abc', /such as 2.5/],
    ['1e12', /such as 2.5/],
    ['2000000', /at most 1,000,000/],
    ['NaN', /such as 2.5/],
    ['Infinity', /such as 2.5/],
  ])('rejects write MB/s %j with a message', (value, message) => {
    expect(errorsFor({ writeMb: value })).toContainEqual({ field: 'writeMb', message: expect.stringMatching(message) });
  });

  it('asks for the record size when only records/s is given', () => {
    expect(errorsFor({ recordsPerSecond: '500' })).toEqual([
      { field: 'recordSizeKb', message: expect.stringMatching(/record size/) },
    ]);
  });

  it.each([
    ['1,001,000', '1001000'],
    ['1,234.5', '1234.5'],
    ['1.234,5', '1234.5'],
    ['0,500', '0.5'],
    ['2 500', '2500'],
    [' 7 ', '7'],
    ['.5', '0.5'],
  ])('reads %j as %s', (text, expected) => {
    const reading = readNumber(text);
    expect(reading.kind).toBe('number');
    if (reading.kind === 'number') expect(Number(reading.value.num) / Number(reading.value.den)).toBe(Number(expected));
  });

  it.each(['1,2,3', '1.2.3', '12,34,567', '1,5e3', '--1', '0x10', '∞'])('does not read %j', (text) => {
    expect(readNumber(text).kind).toBe('invalid');
  });
});

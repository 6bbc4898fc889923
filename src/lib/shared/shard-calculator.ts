/**
 * Provisioned-mode shard count for a Kinesis data stream, as the exam (and the concept box) teaches it:
 *
 *   N = max(⌈write MB/s ÷ 1⌉, ⌈write records/s ÷ 1000⌉, ⌈read MB/s ÷ 2⌉)
 *
 * A shard accepts 1 MB/s and 1,000 records/s of writes and serves 2 MB/s of reads. Standard consumers share those
 * 2 MB/s, so the read term uses every consumer's traffic combined; with enhanced fan-out each consumer has its own
 * 2 MB/s per shard, so the read term only needs one consumer's traffic to fit.
 *
 * The arithmetic is exact: every input is read from its decimal text into a fraction of BigInts, so 0.28 × 50 is
 * 14, not the binary 14.000000000000002 whose ceiling is 15. Numbers shown in the steps are exact when they have at
 * most three decimals; otherwise they are rounded UP to three decimals and marked "≈", which keeps every ceiling
 * shown equal to the one computed (a ceiling over a whole divisor never changes when its argument is rounded up to
 * a multiple of 0.001). Runs in the page (shard-calculator-element.ts) and in the unit tests, with no dependency.
 */

/** Per-shard limits, in MB/s, records/s and GetRecords calls/s. */
export const SHARD_WRITE_MB = 1;
export const SHARD_WRITE_RECORDS = 1000;
export const SHARD_READ_MB = 2;
export const SHARD_GET_RECORDS_PER_SECOND = 5;
/** KB per MB when converting a record size (Kinesis quotes its limits in binary units: 1 MiB = 1,024 KiB). */
export const KB_PER_MB = 1024;
/** Registered enhanced fan-out consumers per provisioned stream (50 only in on-demand Advantage mode). */
export const MAX_FAN_OUT_CONSUMERS = 20;
export const FAN_OUT_QUOTA_URL = 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html';
/**
 * Above this many polling consumers each gets less than one GetRecords call per second per shard (5 ÷ n < 1), while
 * a poller such as Lambda's reads each shard about once a second: the calculator warns and suggests enhanced fan-out.
 */
export const POLLING_CONSUMERS_WARNING = SHARD_GET_RECORDS_PER_SECOND;

/** Upper bounds that catch typos (an extra zero or three) without getting in the way of real streams. */
export const LIMITS = { writeMb: 1_000_000, recordsPerSecond: 1_000_000_000, recordSizeKb: 10_240, consumers: 1_000 };

/** An exact non-negative rational number; `den` is always positive. */
export interface Exact {
  num: bigint;
  den: bigint;
}

export interface ShardInput {
  /** Write throughput in MB/s. Optional when records/s and record size are given. */
  writeMb?: Exact;
  /** Records written per second. Optional when write MB/s is given. */
  recordsPerSecond?: Exact;
  /** Average record size in KB; with records/s it gives the write throughput. */
  recordSizeKb?: Exact;
  /** How many consumer applications read the whole stream. */
  consumers: number;
  /** Whether the consumers use enhanced fan-out (dedicated 2 MB/s per consumer per shard). */
  enhancedFanOut: boolean;
}

export type LimitName = 'write-bandwidth' | 'write-records' | 'read-bandwidth';

export interface LimitStep {
  limit: LimitName;
  /** Human-readable arithmetic, e.g. "⌈6 MB/s ÷ 1 MB/s⌉ = 6". */
  arithmetic: string;
  shards: number;
}

/** The GetRecords budget of polling (shared-throughput) consumers; absent with enhanced fan-out or no consumers. */
export interface PollingBudget {
  /** e.g. "5 GetRecords calls/s per shard ÷ 3 consumers ≈ 1.667 calls/s each". */
  arithmetic: string;
  /** True when each consumer gets less than one call per second per shard. */
  warn: boolean;
}

export interface ShardResult {
  shards: number;
  /** The limit that needs the most shards (the first one, on a tie, in the order of the formula). */
  decidingLimit: LimitName;
  /** The write throughput used, in MB/s (given, or records/s × size ÷ 1,024). */
  writeMb: Exact;
  /** The read throughput the read term has to fit, in MB/s. */
  readMb: Exact;
  steps: LimitStep[];
  /** The final step, e.g. "max(3, 3, 6) = 6". */
  total: string;
  polling?: PollingBudget;
}

export type FieldName = keyof ShardInput;
export interface FieldError {
  field: FieldName;
  message: string;
  /** For a number that reads two ways ("2,500"): the readings to offer, as text the field accepts. */
  choices?: string[];
  /** A page that explains the limit behind the message. */
  link?: { href: string; text: string };
}

export type Outcome = { ok: true; result: ShardResult } | { ok: false; errors: FieldError[] };
export type RawInput = Record<FieldName, string | undefined>;

const exact = (num: bigint, den = 1n): Exact => ({ num, den });
const times = (a: Exact, b: Exact): Exact => exact(a.num * b.num, a.den * b.den);
const over = (a: Exact, divisor: bigint): Exact => exact(a.num, a.den * divisor);
/** ⌈a ÷ divisor⌉ for a ≥ 0 and a whole divisor > 0. */
const ceilDiv = (a: Exact, divisor: bigint): bigint => {
  const den = a.den * divisor;
  return (a.num + den - 1n) / den;
};
const isZero = (a: Exact) => a.num === 0n;
const compare = (a: Exact, b: Exact) => {
  const d = a.num * b.den - b.num * a.den;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The number as the steps show it: exact up to three decimals, otherwise rounded up to three and marked "≈". */
export function formatExact(value: Exact): string {
  const thousandths = value.num * 1000n;
  const rounded = (thousandths + value.den - 1n) / value.den;
  const whole = group((rounded / 1000n).toString());
  const fraction = (rounded % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return (thousandths % value.den === 0n ? '' : '≈') + whole + (fraction ? `.${fraction}` : '');
}

/** A limit or suggestion as a reader can type it back: no lone thousands comma, which would read two ways. */
const typeable = (n: number) => {
  const text = n.toLocaleString('en-US');
  return text.split(',').length === 2 ? String(n) : text;
};

type Reading =
  | { kind: 'empty' }
  | { kind: 'number'; value: Exact; negative: boolean }
  | { kind: 'ambiguous'; thousands: string; decimal: string }
  | { kind: 'invalid' };

const fromDecimal = (whole: string, fraction: string): Exact =>
  exact(BigInt((whole || '0') + fraction), 10n ** BigInt(fraction.length));

/**
 * Reads a number as people type it. A comma that can only be a decimal comma ("1,5", "0,250", "1.234,5") is one; a
 * comma that can only group thousands ("1,000,000", "2,500.5") does; a single comma before three digits ("2,500")
 * could be either, so the reader is asked. Spaces may group thousands too ("2 500").
 */
export function readNumber(text: string): Reading {
  let s = text.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (s === '') return { kind: 'empty' };
  const negative = /^[-−]/.test(s);
  if (negative) s = s.slice(1).trim();
  const number = (whole: string, fraction = ''): Reading => ({
    kind: 'number',
    value: fromDecimal(whole.replace(/[,. ]/g, ''), fraction),
    negative,
  });
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d*)(?:\.(\d*))?$/)) && /\d/.test(s)) return number(m[1]!, m[2]);
  // A leading zero ("0,500") cannot start a grouped number, so there the comma can only be a decimal comma.
  if ((m = s.match(/^([1-9]\d{0,2}),(\d{3})$/))) {
    // Either reading of "-2,500" is below zero, which is all the reader needs to be told.
    if (negative) return number(m[1]! + m[2]!);
    return { kind: 'ambiguous', thousands: m[1]! + m[2]!, decimal: `${m[1]}.${m[2]}`.replace(/\.?0+$/, '') };
  }
  if ((m = s.match(/^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/))) return number(m[1]!, m[2]);
  if ((m = s.match(/^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/))) return number(m[1]!, m[2]);
  if ((m = s.match(/^(\d{1,3}(?:\.\d{3})+),(\d+)$/))) return number(m[1]!, m[2]);
  if ((m = s.match(/^(\d*),(\d+)$/))) return number(m[1]!, m[2]);
  return { kind: 'invalid' };
}

/** Raw form text → exact numbers, with a message for every field that is empty, negative, too large or unclear. */
export function parseInput(raw: RawInput): { input?: ShardInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const enhancedFanOut = raw.enhancedFanOut === 'on' || raw.enhancedFanOut === 'true';
  const number = (
    field: FieldName,
    max: number,
    { required = false, whole = false, tooMany = { field, message: `Enter at most ${typeable(max)}.` } } = {},
  ) => {
    let reading = readNumber(raw[field] ?? '');
    // A whole-number field cannot mean 2.5, so "2,500" there can only be 2500 (but "2,000" could still be 2).
    if (reading.kind === 'ambiguous' && whole && reading.decimal.includes('.')) {
      reading = readNumber(reading.thousands);
    }
    const example = whole ? 'a whole number, such as 2' : 'a number, such as 2.5';
    if (reading.kind === 'empty') {
      if (required) errors.push({ field, message: `Enter ${example}.` });
    } else if (reading.kind === 'invalid') errors.push({ field, message: `Enter ${example}.` });
    else if (reading.kind === 'ambiguous') {
      errors.push({
        field,
        message: `Did you mean ${reading.thousands} or ${reading.decimal}?`,
        choices: [reading.thousands, reading.decimal],
      });
    } else if (reading.negative && !isZero(reading.value)) errors.push({ field, message: 'Enter 0 or more.' });
    else if (compare(reading.value, exact(BigInt(max))) > 0) {
      errors.push(tooMany);
    } else if (whole && reading.value.num % reading.value.den !== 0n) {
      const below = Number(reading.value.num / reading.value.den);
      const above = below + 1 <= max ? ` or ${below + 1}` : '';
      errors.push({ field, message: `Enter a whole number, such as ${below}${above}.` });
    } else return reading.value;
    return undefined;
  };
  const writeMb = number('writeMb', LIMITS.writeMb);
  const recordsPerSecond = number('recordsPerSecond', LIMITS.recordsPerSecond);
  const recordSizeKb = number('recordSizeKb', LIMITS.recordSizeKb);
  // Enhanced fan-out has its own, much lower, ceiling: AWS's quota of registered consumers per stream.
  const fanOutCap: FieldError = {
    field: 'consumers',
    message:
      `A provisioned stream can register at most ${MAX_FAN_OUT_CONSUMERS} enhanced fan-out consumers ` +
      `(AWS's quota; only on-demand Advantage streams allow 50). Enter ${MAX_FAN_OUT_CONSUMERS} or fewer, or clear ` +
      `"enhanced fan-out".`,
    link: { href: FAN_OUT_QUOTA_URL, text: 'AWS: enhanced fan-out consumers' },
  };
  const consumerValue = enhancedFanOut
    ? number('consumers', MAX_FAN_OUT_CONSUMERS, { required: true, whole: true, tooMany: fanOutCap })
    : number('consumers', LIMITS.consumers, { required: true, whole: true });
  const consumers = consumerValue && Number(consumerValue.num / consumerValue.den);

  const failed = new Set(errors.map((error) => error.field));
  if (writeMb === undefined && !failed.has('writeMb')) {
    if (recordsPerSecond === undefined && !failed.has('recordsPerSecond')) {
      errors.push({ field: 'writeMb', message: 'Enter the write throughput, or records per second and record size.' });
    } else if (recordSizeKb === undefined && !failed.has('recordSizeKb')) {
      errors.push({ field: 'recordSizeKb', message: 'Enter the average record size, or the write throughput.' });
    }
  }
  if (errors.length > 0) return { errors };
  // Optional fields are left out rather than set to undefined (exactOptionalPropertyTypes).
  const input: ShardInput = { consumers: consumers!, enhancedFanOut };
  if (writeMb !== undefined) input.writeMb = writeMb;
  if (recordsPerSecond !== undefined) input.recordsPerSecond = recordsPerSecond;
  if (recordSizeKb !== undefined) input.recordSizeKb = recordSizeKb;
  return { input, errors };
}

export function calculateShards(input: ShardInput): ShardResult {
  const { recordsPerSecond, recordSizeKb, consumers, enhancedFanOut } = input;
  const writeMb = input.writeMb ?? over(times(recordsPerSecond!, recordSizeKb!), BigInt(KB_PER_MB));
  const f = formatExact;
  /** "= 14" for an exact result, "≈ 0.489" for a rounded one. */
  const eq = (value: Exact) =>
    f(value)
      .replace(/^(?!≈)/, '= ')
      .replace(/^≈/, '≈ ');
  const steps: LimitStep[] = [];

  const writeShards = Number(ceilDiv(writeMb, BigInt(SHARD_WRITE_MB)));
  steps.push({
    limit: 'write-bandwidth',
    arithmetic:
      (input.writeMb === undefined
        ? `${f(recordsPerSecond!)} records/s × ${f(recordSizeKb!)} KB ÷ ${KB_PER_MB} ${eq(writeMb)} MB/s; `
        : '') + `⌈${f(writeMb)} MB/s ÷ ${SHARD_WRITE_MB} MB/s⌉ = ${writeShards}`,
    shards: writeShards,
  });

  if (recordsPerSecond !== undefined) {
    const recordShards = Number(ceilDiv(recordsPerSecond, BigInt(SHARD_WRITE_RECORDS)));
    steps.push({
      limit: 'write-records',
      arithmetic: `⌈${f(recordsPerSecond)} records/s ÷ ${f(exact(BigInt(SHARD_WRITE_RECORDS)))} records/s⌉ = ${recordShards}`,
      shards: recordShards,
    });
  }

  // Shared consumers split one shard's 2 MB/s between them; with enhanced fan-out each has its own 2 MB/s.
  const readMb = consumers === 0 ? exact(0n) : enhancedFanOut ? writeMb : times(writeMb, exact(BigInt(consumers)));
  const readShards = Number(ceilDiv(readMb, BigInt(SHARD_READ_MB)));
  const s = consumers === 1 ? '' : 's';
  steps.push({
    limit: 'read-bandwidth',
    arithmetic:
      consumers === 0
        ? 'no consumers, so no reads to fit: 0'
        : enhancedFanOut
          ? `enhanced fan-out: each consumer reads ${f(writeMb)} MB/s from its own ${SHARD_READ_MB} MB/s per shard; ⌈${f(writeMb)} ÷ ${SHARD_READ_MB}⌉ = ${readShards}`
          : `${consumers} consumer${s} × ${f(writeMb)} MB/s ${eq(readMb)} MB/s shared; ⌈${f(readMb)} ÷ ${SHARD_READ_MB}⌉ = ${readShards}`,
    shards: readShards,
  });

  // A stream always has at least one shard, even with no traffic yet.
  const terms = steps.map((step) => step.shards);
  const largest = Math.max(...terms);
  const shards = Math.max(1, largest);
  const decidingLimit = steps.reduce((best, step) => (step.shards > best.shards ? step : best)).limit;
  const total = `max(${terms.join(', ')}) = ${largest}` + (shards > largest ? '; a stream has at least 1 shard' : '');
  const result: ShardResult = { shards, decidingLimit, writeMb, readMb, steps, total };
  if (!enhancedFanOut && consumers > 0) {
    const share = exact(BigInt(SHARD_GET_RECORDS_PER_SECOND), BigInt(consumers));
    result.polling = {
      arithmetic:
        `${SHARD_GET_RECORDS_PER_SECOND} GetRecords calls/s per shard ÷ ${consumers} consumer${s} ` +
        `${eq(share)} call${compare(share, exact(1n)) === 0 ? '' : 's'}/s each`,
      warn: consumers > POLLING_CONSUMERS_WARNING,
    };
  }
  return result;
}

/** Parse then calculate: what the page calls on every input. */
export function evaluate(raw: RawInput): Outcome {
  const { input, errors } = parseInput(raw);
  return input ? { ok: true, result: calculateShards(input) } : { ok: false, errors };
}

export const FIELDS: FieldName[] = ['writeMb', 'recordsPerSecond', 'recordSizeKb', 'consumers', 'enhancedFanOut'];

/** The query string that links to a calculation: each field's text exactly as typed, and the checkbox as "true". */
export function toSearchParams(raw: RawInput, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of FIELDS) {
    const value = raw[name];
    if (value && value !== 'false') params.set(name, value);
    else params.delete(name);
  }
  return params;
}

/** The fields a query string sets (absent ones are left out, so the form keeps its defaults). */
export function fromSearchParams(params: URLSearchParams): Partial<RawInput> {
  return Object.fromEntries(FIELDS.flatMap((name) => (params.has(name) ? [[name, params.get(name)!]] : [])));
}

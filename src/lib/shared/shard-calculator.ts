/**
 * Provisioned-mode shard count for a Kinesis data stream, as the exam (and the concept box) teaches it:
 *
 *   N = max(⌈write MB/s ÷ 1⌉, ⌈write records/s ÷ 1000⌉, ⌈read MB/s ÷ 2⌉)
 *
 * A shard accepts 1 MB/s and 1,000 records/s of writes and serves 2 MB/s of reads. Standard consumers share those
 * 2 MB/s, so the read term uses every consumer's traffic combined; with enhanced fan-out each consumer has its own
 * 2 MB/s per shard, so the read term only needs one consumer's traffic to fit. Pure and dependency-free so the page
 * script and the unit tests run the same code.
 */

/** Per-shard limits, in MB/s and records/s. */
export const SHARD_WRITE_MB = 1;
export const SHARD_WRITE_RECORDS = 1000;
export const SHARD_READ_MB = 2;
/** KB per MB when converting a record size (Kinesis quotes its limits in binary units: 1 MiB = 1,024 KiB). */
export const KB_PER_MB = 1024;

/** Upper bounds that catch typos (an extra zero or three) without getting in the way of real streams. */
export const LIMITS = { writeMb: 1_000_000, recordsPerSecond: 1_000_000_000, recordSizeKb: 10_240, consumers: 1_000 };

export interface ShardInput {
  /** Write throughput in MB/s. Optional when records/s and record size are given. */
  writeMb?: number;
  /** Records written per second. Optional when write MB/s is given. */
  recordsPerSecond?: number;
  /** Average record size in KB; with records/s it gives the write throughput. */
  recordSizeKb?: number;
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

export interface ShardResult {
  shards: number;
  /** The limit that needs the most shards (the first one, on a tie, in the order of the formula). */
  decidingLimit: LimitName;
  /** The write throughput used, in MB/s (given, or records/s × size). */
  writeMb: number;
  /** The read throughput the read term has to fit, in MB/s. */
  readMb: number;
  steps: LimitStep[];
  /** The final step, e.g. "max(3, 3, 6) = 6". */
  total: string;
}

export type FieldName = keyof ShardInput;
export interface FieldError {
  field: FieldName;
  message: string;
}

export type Outcome = { ok: true; result: ShardResult } | { ok: false; errors: FieldError[] };

const format = (n: number) => Number(n.toFixed(3)).toLocaleString('en-US');

/** Raw form text → numbers, with a message for every field that is empty, negative, too large or not a number. */
export function parseInput(raw: Record<FieldName, string | undefined>): { input?: ShardInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const number = (field: FieldName, max: number, { required = false, integer = false } = {}) => {
    const text = (raw[field] ?? '').trim().replace(/,/g, '');
    if (text === '') {
      if (required) errors.push({ field, message: 'Enter a number.' });
      return undefined;
    }
    const value = Number(text);
    if (!Number.isFinite(value)) errors.push({ field, message: 'Enter a number, such as 2.5.' });
    else if (value < 0) errors.push({ field, message: 'Enter zero or more.' });
    else if (value > max) errors.push({ field, message: `Enter at most ${max.toLocaleString('en-US')}.` });
    else if (integer && !Number.isInteger(value)) errors.push({ field, message: 'Enter a whole number.' });
    else return value;
    return undefined;
  };
  const writeMb = number('writeMb', LIMITS.writeMb);
  const recordsPerSecond = number('recordsPerSecond', LIMITS.recordsPerSecond);
  const recordSizeKb = number('recordSizeKb', LIMITS.recordSizeKb);
  const consumers = number('consumers', LIMITS.consumers, { required: true, integer: true });
  const enhancedFanOut = raw.enhancedFanOut === 'on' || raw.enhancedFanOut === 'true';

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
  const writeMb = input.writeMb ?? ((recordsPerSecond ?? 0) * (recordSizeKb ?? 0)) / KB_PER_MB;
  const steps: LimitStep[] = [];

  const writeShards = Math.ceil(writeMb / SHARD_WRITE_MB);
  steps.push({
    limit: 'write-bandwidth',
    arithmetic:
      (input.writeMb === undefined
        ? `${format(recordsPerSecond!)} records/s × ${format(recordSizeKb!)} KB ÷ ${KB_PER_MB} = ${format(writeMb)} MB/s; `
        : '') + `⌈${format(writeMb)} MB/s ÷ ${SHARD_WRITE_MB} MB/s⌉ = ${writeShards}`,
    shards: writeShards,
  });

  if (recordsPerSecond !== undefined) {
    const recordShards = Math.ceil(recordsPerSecond / SHARD_WRITE_RECORDS);
    steps.push({
      limit: 'write-records',
      arithmetic: `⌈${format(recordsPerSecond)} records/s ÷ ${format(SHARD_WRITE_RECORDS)} records/s⌉ = ${recordShards}`,
      shards: recordShards,
    });
  }

  // Shared consumers split one shard's 2 MB/s between them; with enhanced fan-out each has its own 2 MB/s.
  const readMb = enhancedFanOut ? writeMb : writeMb * consumers;
  const readShards = consumers === 0 ? 0 : Math.ceil(readMb / SHARD_READ_MB);
  steps.push({
    limit: 'read-bandwidth',
    arithmetic: enhancedFanOut
      ? `enhanced fan-out: each consumer reads ${format(writeMb)} MB/s from its own ${SHARD_READ_MB} MB/s per shard; ⌈${format(writeMb)} ÷ ${SHARD_READ_MB}⌉ = ${readShards}`
      : `${consumers} consumer${consumers === 1 ? '' : 's'} × ${format(writeMb)} MB/s = ${format(readMb)} MB/s shared; ⌈${format(readMb)} ÷ ${SHARD_READ_MB}⌉ = ${readShards}`,
    shards: readShards,
  });

  // A stream always has at least one shard, even with no traffic yet.
  const shards = Math.max(1, ...steps.map((step) => step.shards));
  const decidingLimit = steps.reduce((best, step) => (step.shards > best.shards ? step : best)).limit;
  const terms = steps.map((step) => step.shards);
  const total =
    `max(${terms.join(', ')}) = ${Math.max(...terms)}` +
    (shards > Math.max(...terms) ? '; a stream has at least 1 shard' : '');
  return { shards, decidingLimit, writeMb, readMb, steps, total };
}

/** Parse then calculate: what the page calls on every input. */
export function evaluate(raw: Record<FieldName, string | undefined>): Outcome {
  const { input, errors } = parseInput(raw);
  return input ? { ok: true, result: calculateShards(input) } : { ok: false, errors };
}

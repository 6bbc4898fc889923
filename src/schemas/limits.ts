import { z } from 'astro/zod';

/** One number a student should know: a quota, a default or a range end, with where AWS documents it. */
const limitSchema = z.strictObject({
  /** Stable fragment id on the numbers page (`…/numbers/#<id>`), lower-case kebab-case: never rename it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case kebab-case, e.g. "kds-shard-write-mb"'),
  /** The service or feature it belongs to; the numbers page groups limits under this heading, in first-seen order. */
  topic: z.string().min(1),
  /** What it limits, as a phrase, e.g. "Write throughput per shard (provisioned mode)". */
  what: z.string().min(1),
  /** The number itself, exactly as AWS documents it. */
  value: z.number(),
  /** Its unit as the guide writes it, e.g. "MB/s", "records/s", "hours". Empty for a plain count. */
  unit: z.string(),
  /** One short sentence of context shown under the number, e.g. "whichever of the two write limits is reached first". Optional. */
  note: z.string().min(1).optional(),
  /**
   * How prose quotes this limit, as regular expressions with one capture group around the number, e.g.
   * `"(\\d[\\d,]*) records/s of writes"`. Every match in the guide's pages, glossary and practice questions must
   * capture this value (commas aside), or the build fails naming the file and line; each pattern must match at
   * least once, so a pattern that has gone stale fails too. Optional.
   */
  quoted: z.array(z.string().min(1)).optional(),
  /** The https URL of the AWS documentation page that states the number. */
  source: z.url({ protocol: /^https$/ }),
  /** The source page's title, used as the link text. */
  sourceTitle: z.string().min(1),
  /** The day the number was last checked against the source, as YYYY-MM-DD. */
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
});

/** `content/<guide>/limits.yaml`: the numbers to memorise, one source for the numbers page, calculator and checks. */
export const limitsSchema = z.strictObject({
  /** The guide's limits, in the order the numbers page lists them; at least one. */
  limits: z.array(limitSchema).min(1),
});

export type Limit = z.infer<typeof limitSchema>;

import { z } from 'astro/zod';

/** One glossary entry: a term readers can link to (`…/glossary/#<id>`) and see as a tooltip via <Term>. */
const termSchema = z.strictObject({
  /** Stable fragment id, lower-case kebab-case. It is part of every link to the term: never rename it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case kebab-case, e.g. "change-data-capture"'),
  /** The term as shown, e.g. "Change Data Capture (CDC)". */
  term: z.string().min(1),
  /** The definition, plain text (one or two sentences). */
  definition: z.string().min(1),
  /** Examples of the term in AWS, shown after the definition. Optional. */
  examples: z.array(z.string().min(1)).optional(),
  /**
   * Other names readers search for: abbreviations, old names, common spellings, e.g. ["EFO"]. Search indexes them
   * with the entry, and the glossary page shows them as "also: …". Optional.
   */
  aliases: z.array(z.string().min(1)).min(1).optional(),
});

/** `content/<guide>/glossary.yaml`: the guide's terms, in the order the glossary page lists them. */
export const glossarySchema = z.strictObject({
  terms: z.array(termSchema).min(1),
});

export type GlossaryTerm = z.infer<typeof termSchema>;

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
  /**
   * Also make a reverse flashcard (the definition on the front, the term to recall on the back). Set it only when
   * the definition does not name the term. Optional: without it the term gets one card, term → definition.
   */
  reverse: z.boolean().optional(),
  /**
   * A dated note of what AWS has changed since the definition was written, shown as an <UpdateNote> right under
   * the term (the definition itself stays as the exam may word it). Optional: omit it while the definition is current.
   */
  update: z
    .strictObject({
      /** The day the fact was last checked, as YYYY-MM-DD; <UpdateNote> also rejects impossible or future dates. */
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
      /** The https URL of the AWS documentation page that states the current fact. */
      source: z.url({ protocol: /^https$/ }),
      /** The source page's title, used as the link text. Optional: without it the link shows the host and path. */
      sourceTitle: z.string().min(1).optional(),
      /** What is true now, in plain text. */
      text: z.string().min(1),
    })
    .optional(),
});

/** `content/<guide>/glossary.yaml`: the guide's terms, in the order the glossary page lists them. */
export const glossarySchema = z.strictObject({
  /** The guide's terms, in the order the glossary page lists them; at least one. */
  terms: z.array(termSchema).min(1),
});

export type GlossaryTerm = z.infer<typeof termSchema>;

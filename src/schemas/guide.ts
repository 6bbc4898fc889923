import { z } from 'astro/zod';

/** A service or feature of the guide and the other names readers search for it by. */
const synonymSchema = z.strictObject({
  /**
   * The name as the guide's headings spell it, e.g. "Amazon Data Firehose". Every section whose heading contains it
   * (compared as heading ids, so case and punctuation do not matter) is indexed with the aliases. A name that no
   * heading of the guide contains fails the build.
   */
  name: z.string().min(1),
  /** Abbreviations, old names and common spellings, e.g. ["Kinesis Data Firehose", "KDF"]. Searchable, never shown. */
  aliases: z.array(z.string().min(1)).min(1),
});

/** `content/<guide>/guide.yaml`: what a guide is, shown on the home page and in every page's header. */
export const guideSchema = z.strictObject({
  /** The guide's full title, shown on the home page and in the sidebar heading. */
  title: z.string().min(1),
  /** A short title for tight spaces (breadcrumbs, the phone header). Defaults to `title`. */
  shortTitle: z.string().min(1).optional(),
  /** One or two sentences for the home page card and the landing page's meta description. */
  description: z.string().min(1),
  /** The certification this guide prepares for, e.g. "AWS Certified Data Engineer – Associate (DEA-C01)". Optional. */
  exam: z.string().min(1).optional(),
  /**
   * Who sets the exam, for the footer's notice that the site is independent of them. Optional: a guide without
   * one adds no notice. Guides with the same vendor share one notice.
   */
  vendor: z
    .strictObject({
      /** The vendor's name, e.g. "Amazon Web Services". */
      name: z.string().min(1),
      /** The vendor's trademark notice, printed after it, e.g. "AWS service names are trademarks of …". Optional. */
      trademarks: z.string().min(1).optional(),
    })
    .optional(),
  /** Position of the guide on the home page: lower comes first. */
  order: z.number().int().nonnegative(),
  /** Services and features the guide covers, with the other names readers search for them by. Optional. */
  synonyms: z.array(synonymSchema).optional(),
});

import { z } from 'astro/zod';

/**
 * Frontmatter of a guide's practice questions (`content/<guide>/practice.mdx`), served at /<guide>/practice/ as a
 * study tool rather than a page of the guide. Unknown keys are errors, so a typo fails loudly.
 */
export const practiceSchema = z.strictObject({
  /** The practice page's h1 and `<title>`, e.g. "Practice questions". */
  title: z.string().min(1),
  /** One sentence, used as the meta description. */
  description: z.string().min(10).max(200),
});

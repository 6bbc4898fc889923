import { z } from 'astro/zod';

/** Frontmatter of every guide page (`content/<guide>/<slug>.mdx`). Unknown keys are errors, so a typo fails loudly. */
export const pageSchema = z.strictObject({
  /** The page's h1 and `<title>`. Keep it short; the guide's name is appended in `<title>` automatically. */
  title: z.string().min(1),
  /** One sentence, used as the meta description, the Open Graph description and the home page listing. */
  description: z.string().min(10).max(200),
  /** Position in the guide: the sidebar, previous/next links and the print edition follow it. Must be unique per guide. */
  order: z.number().int().nonnegative(),
  /** Label in the sidebar and previous/next links when the title is too long. Defaults to `title`. */
  sidebarLabel: z.string().min(1).optional(),
  /**
   * Turns the page into flashcards for the guide's flashcards page: `h2-sections` makes each h2 section a card
   * (the heading on the front, the section's text on the back). Absent: the page adds no cards.
   */
  cards: z.literal('h2-sections').optional(),
  /**
   * The page's old addresses, oldest first, as paths from the site root without the base
   * (`streaming-sources/old-slug`). Each sends readers on to this page, keeping their link's #fragment, so links
   * saved before a rename or move keep working; the print edition keeps the oldest one's anchors. Absent: none.
   */
  aliases: z
    .array(z.string().regex(/^\/?[a-z0-9-]+(\/[a-z0-9-]+)*\/?$/, 'a site path such as guide/old-slug'))
    .optional(),
});
